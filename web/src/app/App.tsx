import { StrictMode, type ReactNode } from 'react';
import { useRoutes } from 'react-router';
import { routeTree } from './routes';

// The declarative router: the screens use no loaders or actions, and the data router would add ~17 KB gzip to the login screen.
export function AppRoutes() {
  return useRoutes(routeTree);
}

/**
 * What every screen runs inside, around the router of the place it runs in:
 * the browser's history (main.tsx) or one fixed path when prerendered at build
 * time (prerenderPage.tsx). Both trees must match for hydration.
 */
export function AppFrame({ children }: { children: ReactNode }) {
  return <StrictMode>{children}</StrictMode>;
}
