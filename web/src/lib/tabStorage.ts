/**
 * This tab's sessionStorage, for what must outlive a reload of the page and no more. Where there is none
 * (prerendering at build time) or the browser refuses it (storage blocked), nothing is kept and the page works on.
 */
export const tabStorage = {
  get(key: string): string | null {
    try {
      return sessionStorage.getItem(key);
    } catch {
      return null;
    }
  },
  /** Whether the value was kept. */
  set(key: string, value: string): boolean {
    try {
      sessionStorage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  },
  remove(key: string): void {
    try {
      sessionStorage.removeItem(key);
    } catch {
      // Nothing was kept.
    }
  },
};
