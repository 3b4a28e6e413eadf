/** The 盟源 mark: a rounded square with the 盟 glyph. */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" style={{ flex: 'none', display: 'block' }}>
      <defs>
        <linearGradient id="mengyuan-mark" x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor="#3b82f6" />
          <stop offset="1" stopColor="#1f4fc2" />
        </linearGradient>
      </defs>
      <rect width="32" height="32" rx="8" fill="url(#mengyuan-mark)" />
      <text x="16" y="22.5" textAnchor="middle" fontSize="18" fontWeight="700" fill="#fff" fontFamily="'PingFang SC','Noto Sans CJK SC','Microsoft YaHei',sans-serif">
        盟
      </text>
    </svg>
  );
}
