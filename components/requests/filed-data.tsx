/**
 * A request's answers and documents as filed, read-only: the review before submitting, the
 * applicant's request page and the back-office request file all show them the same way.
 */
import type { ReactNode } from 'react';
import { formatFileSize } from '@/lib/documents/file-type';

export function AnswerList({ answers }: { answers: { key: string; label: string; value: ReactNode }[] }) {
  return (
    <dl className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
      {answers.map((answer) => (
        <div key={answer.key} className="contents">
          <dt className="font-semibold">{answer.label}</dt>
          <dd className="whitespace-pre-line break-words">{answer.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export type TListedDocument = { id: string; requirement: string; fileName: string; sizeBytes: number; href?: string };

/** Documents with what they answer and their size; a link where they can be downloaded. */
export function DocumentList({ documents, locale, empty }: { documents: TListedDocument[]; locale: 'ro' | 'en'; empty: ReactNode }) {
  if (documents.length === 0) return <p className="mt-3">{empty}</p>;
  return (
    <ul className="mt-3 space-y-2">
      {documents.map((document) => (
        <li key={document.id}>
          {document.requirement ? <span className="font-semibold">{document.requirement}: </span> : null}
          {document.href ? <a href={document.href}>{document.fileName}</a> : document.fileName}{' '}
          <span className="text-gray-700">({formatFileSize(document.sizeBytes, locale)})</span>
        </li>
      ))}
    </ul>
  );
}
