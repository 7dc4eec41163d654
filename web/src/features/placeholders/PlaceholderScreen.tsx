import { Link } from 'react-router';
import { useDocumentTitle } from '../../lib/documentTitle';

/** A page the manual names whose flow comes in a later release. */
export function PlaceholderScreen({ title, backTo }: { title: string; backTo: { to: string; label: string } }) {
  useDocumentTitle(title);
  return (
    <section className="placeholder">
      <h1>{title}</h1>
      <p>この機能は現在準備中です。ご不便をおかけしますが、最寄りのハローワークまでお問い合わせください。</p>
      <Link to={backTo.to}>{backTo.label}</Link>
    </section>
  );
}
