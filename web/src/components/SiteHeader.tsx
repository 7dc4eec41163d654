import type { ReactNode } from 'react';

/** The banner every page carries, as in the manual's screens. */
export function SiteHeader({ children }: { children?: ReactNode }) {
  return (
    <header className="site-header">
      <div className="site-title">
        <span className="site-title-en" lang="en">
          HelloWork Internet Service
        </span>
        <span className="site-title-ja">ハローワーク インターネットサービス</span>
      </div>
      <div className="site-header-actions">
        {children}
        <span className="ministry">厚生労働省</span>
      </div>
    </header>
  );
}
