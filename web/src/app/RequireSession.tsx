import { Navigate, Outlet } from 'react-router';
import { Loading } from '../components/Loading';
import { useSession } from '../lib/session';
import { routes } from '@hellowork/contracts';

/** Protected routes: a signed-out visitor is sent to the login screen. */
export function RequireSession() {
  const session = useSession();
  if (session.status === 'loading') return <Loading />;
  if (session.status === 'signed-out') return <Navigate to={routes.login} replace />;
  return <Outlet />;
}
