'use client';

// The root layout itself failed, so no translations are available: both languages, side by side.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="ro">
      <body style={{ fontFamily: 'Arial, sans-serif', maxWidth: 640, margin: '48px auto', padding: '0 16px' }}>
        <main>
          <h1>A apărut o eroare</h1>
          <p>Ne pare rău, pagina nu a putut fi afișată. Încercați din nou peste câteva momente.</p>
          <p lang="en">Something went wrong. Please try again in a few moments.</p>
          <button type="button" onClick={reset} style={{ minHeight: 44, padding: '0 20px' }}>
            Încearcă din nou / Try again
          </button>
        </main>
      </body>
    </html>
  );
}
