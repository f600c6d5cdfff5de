import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import type { ComponentType } from 'react';
import * as ButtonExamples from '@/components/ui/button.examples';
import * as CheckboxExamples from '@/components/ui/checkbox.examples';
import * as DialogExamples from '@/components/ui/dialog.examples';
import * as ErrorSummaryExamples from '@/components/ui/error-summary.examples';
import * as LinkButtonExamples from '@/components/ui/link-button.examples';
import * as PictureChoiceCardExamples from '@/components/ui/picture-choice-card.examples';
import * as RadioGroupExamples from '@/components/ui/radio-group.examples';
import * as SelectExamples from '@/components/ui/select.examples';
import * as TextFieldExamples from '@/components/ui/text-field.examples';
import { serviceEnvironment } from '@/lib/site';
import { PlainForm, validatePlainForm, type SearchParams } from './_components/plain-form';

type Examples = Record<string, ComponentType>;

const sections: { title: string; id: string; examples: Examples }[] = [
  { title: 'Button', id: 'button', examples: ButtonExamples },
  { title: 'LinkButton', id: 'link-button', examples: LinkButtonExamples },
  { title: 'TextField and TextArea', id: 'text-field', examples: TextFieldExamples },
  { title: 'Select', id: 'select', examples: SelectExamples },
  { title: 'CheckboxGroup and Checkbox', id: 'checkbox', examples: CheckboxExamples },
  { title: 'RadioGroup and Radio', id: 'radio-group', examples: RadioGroupExamples },
  { title: 'Dialog', id: 'dialog', examples: DialogExamples },
  { title: 'ErrorSummary', id: 'error-summary', examples: ErrorSummaryExamples },
  { title: 'PictureChoiceCard and PictureChoiceGroup', id: 'picture-choice-card', examples: PictureChoiceCardExamples },
];

/** The states every component shows, in this order; a component's own extra states come after. */
const STATES = ['Default', 'Invalid', 'Disabled', 'LongText'];
function orderStates(examples: Examples): [string, ComponentType][] {
  const rank = (name: string) => (STATES.includes(name) ? STATES.indexOf(name) : STATES.length);
  return Object.entries(examples).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}

/** "LongText" → "Long text". */
function humanise(name: string): string {
  const words = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const result = validatePlainForm(await searchParams);
  const hasErrors = Boolean(result && result.errors.length > 0);
  return { title: `${hasErrors ? 'Error: ' : ''}Design system`, robots: { index: false, follow: false } };
}

/** Every design-system component in each of its states. Never reachable on a live service. */
export default async function GalleryPage({ searchParams }: Props) {
  await connection();
  if (serviceEnvironment() === 'live') notFound();
  const result = validatePlainForm(await searchParams);

  return (
    <div className="flex flex-col gap-12">
      <div>
        <h1 className="text-3xl font-bold sm:text-4xl">Design system</h1>
        <p className="mt-4 max-w-prose">
          Every part of the design system, in each of its states. This page is only in demo and test copies of the
          service.
        </p>
        <nav aria-label="Components" className="mt-4">
          <ul className="flex flex-wrap gap-x-6">
            {sections.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`} className="inline-flex min-h-11 items-center">
                  {section.title}
                </a>
              </li>
            ))}
            <li>
              <a href="#plain-form" className="inline-flex min-h-11 items-center">
                Plain form
              </a>
            </li>
          </ul>
        </nav>
      </div>

      {sections.map((section) => (
        <section key={section.id} aria-labelledby={section.id} className="flex flex-col gap-6">
          <h2 id={section.id} className="border-b-4 border-brand pb-2 text-2xl font-bold sm:text-3xl">
            {section.title}
          </h2>
          {orderStates(section.examples).map(([state, Example]) => (
            <div key={state} className="flex flex-col gap-3">
              <h3 className="text-xl font-bold">{humanise(state)}</h3>
              <div className="rounded-md border-2 border-dashed border-line bg-paper p-4 sm:p-6">
                <Example />
              </div>
            </div>
          ))}
        </section>
      ))}

      <section aria-labelledby="plain-form" className="flex flex-col gap-6">
        <h2 id="plain-form" className="border-b-4 border-brand pb-2 text-2xl font-bold sm:text-3xl">
          Plain form
        </h2>
        <p className="max-w-prose">
          These parts in a plain HTML form. It sends without JavaScript; send it empty to see the error summary.
        </p>
        <div className="rounded-md border-2 border-dashed border-line bg-paper p-4 sm:p-6">
          <PlainForm result={result} />
        </div>
      </section>
    </div>
  );
}
