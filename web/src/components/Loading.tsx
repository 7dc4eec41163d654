/** What a screen shows while its data, its session or its code is on the way. */
export function Loading() {
  return <p role="status">読み込み中です…</p>;
}
