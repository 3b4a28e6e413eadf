const KEY = 'mengyuan.device-id';

/**
 * A random id this browser keeps for good (X-Device-Id on every request): the api tells a person when they sign
 * in from a device it has not seen before, and lists sessions by device.
 */
export function deviceId(): string {
  try {
    let id = localStorage.getItem(KEY);
    if (!id) {
      id = crypto.randomUUID();
      localStorage.setItem(KEY, id);
    }
    return id;
  } catch {
    return 'no-storage';
  }
}
