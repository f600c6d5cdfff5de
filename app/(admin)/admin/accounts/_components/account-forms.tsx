'use client';

import { useFormAction } from '@/components/forms/use-form-action';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { NativeSelect } from '@/components/ui/native-select';
import { TextField } from '@/components/ui/text-field';
import { type FormState } from '@/lib/forms/form-state';
import { STAFF_ROLE_WORDS, STAFF_ROLES } from '@/lib/manage/staff-accounts';

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;
type Choice = { id: string; name: string };

type Defaults = { role: string; providerId: string; employerId: string; centreId: string };
type Choices = { providers: Choice[]; employers: Choice[]; centres: Choice[] };

/** The role and, for provider or employer staff, which one; for advisers, their centre. Shared by the add and change forms. */
function RoleFields({ state, defaults, choices: { providers, employers, centres } }: { state: FormState; defaults: Defaults; choices: Choices }) {
  const value = (field: keyof typeof defaults) => state.values?.[field] ?? defaults[field];
  return (
    <>
      <NativeSelect
        id="role"
        name="role"
        label="What they do"
        defaultValue={value('role')}
        errorMessage={state.fieldErrors?.role}
        options={[{ value: '', label: 'Choose one' }, ...STAFF_ROLES.map((role) => ({ value: role, label: STAFF_ROLE_WORDS[role] }))]}
      />
      <NativeSelect
        id="providerId"
        name="providerId"
        label="Course provider they work for"
        hint="Only for course provider staff."
        defaultValue={value('providerId')}
        errorMessage={state.fieldErrors?.providerId}
        options={[{ value: '', label: 'None' }, ...providers.map((provider) => ({ value: provider.id, label: provider.name }))]}
      />
      <NativeSelect
        id="employerId"
        name="employerId"
        label="Employer they work for"
        hint="Only for employer staff."
        defaultValue={value('employerId')}
        errorMessage={state.fieldErrors?.employerId}
        options={[{ value: '', label: 'None' }, ...employers.map((employer) => ({ value: employer.id, label: employer.name }))]}
      />
      <NativeSelect
        id="centreId"
        name="centreId"
        label="Centre they work at"
        hint="Only for personal advisers. They can get alerts when someone at a kiosk there asks for help."
        defaultValue={value('centreId')}
        errorMessage={state.fieldErrors?.centreId}
        options={[{ value: '', label: 'None' }, ...centres.map((centre) => ({ value: centre.id, label: centre.name }))]}
      />
    </>
  );
}

/** Add a staff account: their name, how they get their sign-in code, and what they do. */
export function NewAccountForm({ action, choices }: { action: Action; choices: Choices }) {
  const { state, formAction, isPending, errors, value } = useFormAction(action);
  return (
    <form action={formAction} noValidate className="mt-6 flex flex-col gap-6">
      <ErrorSummary errors={errors} />
      <TextField id="name" name="name" label="Their name" autoComplete="off" defaultValue={value('name')} errorMessage={state.fieldErrors?.name} />
      <TextField
        id="email"
        name="email"
        label="Their work email address"
        description="We send their sign-in code here."
        type="email"
        autoComplete="off"
        spellCheck={false}
        defaultValue={value('email')}
        errorMessage={state.fieldErrors?.email}
      />
      <TextField
        id="phone"
        name="phone"
        label="Their mobile number (optional)"
        description="They can get their code by text instead, like 07700 900 123."
        type="tel"
        autoComplete="off"
        width="medium"
        defaultValue={value('phone')}
        errorMessage={state.fieldErrors?.phone}
      />
      <RoleFields state={state} defaults={{ role: '', providerId: '', employerId: '', centreId: '' }} choices={choices} />
      <div>
        <Button type="submit" isPending={isPending}>
          Add account
        </Button>
      </div>
    </form>
  );
}

/** Change what someone does, which provider or employer they work for, or an adviser's centre. */
export function ChangeRoleForm({ action, userId, current, choices }: { action: Action; userId: string; current: Defaults; choices: Choices }) {
  const { state, formAction, isPending, errors } = useFormAction(action);
  return (
    <form action={formAction} noValidate aria-label="Change what they do" className="mt-4 flex flex-col gap-6">
      <ErrorSummary errors={errors} />
      <input type="hidden" name="userId" value={userId} />
      <RoleFields state={state} defaults={current} choices={choices} />
      <div>
        <Button type="submit" variant="secondary" isPending={isPending}>
          Save what they do
        </Button>
      </div>
    </form>
  );
}

/** Turn an account off (they are signed out everywhere) or back on. */
export function ActiveForm({ action, userId, isActive, name }: { action: Action; userId: string; isActive: boolean; name: string }) {
  const { formAction, isPending, errors } = useFormAction(action);
  return (
    <form action={formAction} noValidate aria-label={isActive ? 'Turn off account' : 'Turn account back on'} className="mt-4 flex flex-col gap-4">
      <ErrorSummary errors={errors} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={isActive ? 'no' : 'yes'} />
      <div>
        <Button type="submit" variant={isActive ? 'warning' : 'secondary'} isPending={isPending}>
          {isActive ? `Turn off ${name}’s account` : `Turn ${name}’s account back on`}
        </Button>
      </div>
    </form>
  );
}
