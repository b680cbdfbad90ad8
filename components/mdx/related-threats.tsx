import 'server-only';
import Link from 'next/link';
import { getLibrary } from '@/lib/content/library-source';

export function RelatedThreats({ ids }: { ids: string[] }) {
  const library = getLibrary();
  const threats = ids.flatMap((id) => library.threat(id) ?? []);
  return (
    <ul className="my-4">
      {threats.map((t) => (
        <li key={t.id}>
          <Link href={t.url}>
            <span className="font-mono text-sm">{t.code}</span> {t.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
