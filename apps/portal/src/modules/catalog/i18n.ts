/** Strings of the member catalog (merged into the portal's resources). */
export const catalogPageZhCN = {
  catalog: {
    title: '商品目录',
    subtitle: '联盟标准商品，按统一供货价采购；调价提前公示，7 日价格波动超过 ±5% 会被标出',
    all: '全部',
    brand: '品牌',
    allBrands: '全部品牌',
    search: '搜索商品编码或名称',
    empty: '没有符合条件的商品',
    sku: '商品',
    category: '品类',
    delivery: '交付方式',
    faceValue: '面值',
    unifiedPrice: '统一供货价',
    stock: '库存',
    sources: '货源数',
    sourcesHint: '正在供货的货源商数量；联盟建议每个商品至少 2 个货源',
    singleSource: '货源不足',
    movement: '7 日价格波动',
    detail: '详情',
    actions: '操作',
    sourcePriceNotice: '结算价调整预告',
    sourcePriceNoticeBody: '本商品有 {{count}} 个货源已预告调整结算价，最早 {{time}} 生效。您的采购价仍按统一供货价，统一供货价调整另行提前公示。',
  },
};

export type CatalogPageResources = typeof catalogPageZhCN;

export const catalogPageEn: CatalogPageResources = {
  catalog: {
    title: 'Catalogue',
    subtitle: 'The alliance’s standard products at unified prices; price changes are announced ahead, and moves over ±5 % in 7 days are flagged',
    all: 'All',
    brand: 'Brand',
    allBrands: 'All brands',
    search: 'Search by SKU code or name',
    empty: 'No products match',
    sku: 'Product',
    category: 'Category',
    delivery: 'Delivery',
    faceValue: 'Face value',
    unifiedPrice: 'Unified price',
    stock: 'Stock',
    sources: 'Sources',
    sourcesHint: 'Suppliers supplying it now; the alliance aims for at least 2 per product',
    singleSource: 'Thinly sourced',
    movement: '7-day price move',
    detail: 'Details',
    actions: 'Actions',
    sourcePriceNotice: 'Source price change announced',
    sourcePriceNoticeBody: '{{count}} source(s) of this product announced a settlement-price change, the first on {{time}}. You still pay the unified price; unified price changes are announced separately.',
  },
};
