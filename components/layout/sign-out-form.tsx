/**
 * A sign-out button as a plain form, so it works without JavaScript. The action is passed in because
 * components never import from app/.
 */
export function SignOutForm({ action }: { action: () => Promise<void> }) {
  return (
    <form action={action}>
      <button
        type="submit"
        className="min-h-11 cursor-pointer border-2 border-ink bg-paper px-4 py-2 font-bold text-ink hover:bg-canvas"
      >
        Sign out
      </button>
    </form>
  );
}
