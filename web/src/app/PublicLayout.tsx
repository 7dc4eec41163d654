import { Outlet } from 'react-router';
import { SiteHeader } from '../components/SiteHeader';

/** The frame of the pages before login. */
export function PublicLayout() {
  return (
    <>
      <SiteHeader />
      <div className="public-main">
        <Outlet />
      </div>
    </>
  );
}
