import { buttonClasses } from '@/components/ui/button-styles';

/**
 * A sign-out button as a plain form, so it works without JavaScript. The action is passed in because
 * components never import from app/.
 */
export function SignOutForm({ action }: { action: () => Promise<void> }) {
  return (
    <form action={action}>
      <button
        type="submit"
        className={buttonClasses('secondary', 'cursor-pointer')}
      >
        Sign out
      </button>
    </form>
  );
}
