import './forms.css';
import Link from 'next/link';
import { Card } from '@/components/ui/card';

/** Shown instead of a form to visitors who are not signed in. */
export function SignInPrompt({ what, next }: { what: string; next: string }) {
  return (
    <Card className="sign-in-prompt">
      <h2>Sign in to {what}</h2>
      <p>
        Anyone can read Beachhead; contributors who are signed in add and edit records, and every change is
        recorded in its history.
      </p>
      <div className="form-actions">
        <Link className="button" href={`/sign-in?next=${encodeURIComponent(next)}`}>
          Sign in
        </Link>
        <Link className="button button--secondary" href={`/sign-up?next=${encodeURIComponent(next)}`}>
          Create an account
        </Link>
      </div>
    </Card>
  );
}
