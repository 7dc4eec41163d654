import { tabStorage } from '../lib/tabStorage';

/*
 * After a deploy, a page opened before it asks for code files of its own build that are gone: every build names
 * them by their content's hash, and Hosting answers 404 for a name it no longer has (firebase.json). Reloading the
 * page fetches the new build. Once per build only: a page that reloaded and still misses a file (a broken deploy)
 * must not reload again and again, so the tab remembers which build it reloaded from, across the reload.
 */
const RELOADED_FROM = 'hellowork:reloadedFromBuild';
/** This build's entry file (the app's first script), whose name changes with any file of the build, as it names them all. */
const THIS_BUILD = import.meta.url;
let reloading = false;

/**
 * Reloads the page for the new build after a code file failed to load, and says whether it does. Not when this
 * build reloaded already, when the browser is offline (the file is not gone, and a reload would show no page at all),
 * or when the tab cannot remember the reload.
 */
export function reloadForNewBuild(): boolean {
  if (reloading) return true;
  if (!navigator.onLine || tabStorage.get(RELOADED_FROM) === THIS_BUILD || !tabStorage.set(RELOADED_FROM, THIS_BUILD)) return false;
  reloading = true;
  location.reload();
  return true;
}
