/**
 * Easy-read explainers: the things young people most need to understand, in short sentences with a
 * picture for each step. Each page can be heard as a whole or a step at a time. Keep every sentence short:
 * the content check (lib/content) runs over this file.
 */

export type ExplainerStep = { heading: string; image: string; sentences: string[] };
export type Explainer = { slug: string; title: string; summary: string; image: string; steps: ExplainerStep[] };

const picture = (name: string) => `/images/easy-read/${name}.svg`;

export const EXPLAINERS: readonly Explainer[] = [
  {
    slug: 'your-information',
    title: 'What happens to your information',
    summary: 'What we keep, who can see it, and how to say no.',
    image: picture('lock'),
    steps: [
      {
        heading: 'What we keep',
        image: picture('lock'),
        sentences: [
          'We keep your name, your mobile number and the area you live in.',
          'We keep what you save, your CV and your applications.',
          'We only keep what we need to help you find your next step.',
        ],
      },
      {
        heading: 'Who can see it',
        image: picture('eye'),
        sentences: [
          'You can see everything we keep about you.',
          'Your adviser can see your record if you are on their list, or if you say yes.',
          'A college or employer only sees what you send them when you apply.',
          'We never sell your information. We never show it to other young people.',
        ],
      },
      {
        heading: 'We write down every look',
        image: picture('list'),
        sentences: [
          'Every time a member of staff opens your record, we write it down.',
          'You can see who looked, and when, on your own page.',
        ],
      },
      {
        heading: 'You can say no',
        image: picture('hand-stop'),
        sentences: [
          'You can stop your adviser seeing your record at any time.',
          'You can ask us to delete your account.',
          'If you are worried, talk to your adviser or someone you trust.',
        ],
      },
    ],
  },
  {
    slug: 'applying',
    title: 'What happens when you apply',
    summary: 'From sending your application to getting an answer.',
    image: picture('send'),
    steps: [
      {
        heading: 'You fill in your profile once',
        image: picture('list'),
        sentences: [
          'Your profile has your contact details, your school and what help you need.',
          'We use it for every application, so you only fill it in once.',
          'You can stop at any time. We save as you go.',
        ],
      },
      {
        heading: 'You send your application',
        image: picture('send'),
        sentences: [
          'You can answer questions by typing, or by recording your voice.',
          'You check your answers, then press send.',
          'We send you a text to say it has gone.',
        ],
      },
      {
        heading: 'You wait for an answer',
        image: picture('clock'),
        sentences: [
          'The college or employer reads your application.',
          'You can see when they have opened it.',
          'If they take a long time, you can send them a polite reminder.',
        ],
      },
      {
        heading: 'They may ask to meet you',
        image: picture('calendar'),
        sentences: [
          'They may invite you to an interview or a visit.',
          'We text you the day before, so you do not forget.',
        ],
      },
      {
        heading: 'You get an answer',
        image: picture('thumbs-up'),
        sentences: [
          'They may offer you a place. You choose yes or no.',
          'If the answer is no, they tell you why in plain words.',
          'Your adviser can help you with what to do next.',
        ],
      },
    ],
  },
  {
    slug: 'your-adviser',
    title: 'What your adviser can see',
    summary: 'How your adviser helps, and what they can and cannot see.',
    image: picture('adviser'),
    steps: [
      {
        heading: 'Your adviser is there to help',
        image: picture('adviser'),
        sentences: [
          'Your adviser helps you choose a course, a job or training.',
          'They can look at options with you and send them to your phone.',
        ],
      },
      {
        heading: 'What they can see',
        image: picture('eye'),
        sentences: [
          'If you are on their list, they can see your profile and your applications.',
          'They can see what you have saved, so they can talk to you about it.',
          'They cannot see your CV unless you say yes.',
        ],
      },
      {
        heading: 'You are in charge',
        image: picture('hand-stop'),
        sentences: [
          'You can say yes or no to what your adviser sees.',
          'You can change your mind at any time.',
          'We write down every time your adviser opens your record, and you can see it.',
        ],
      },
      {
        heading: 'Ask for help',
        image: picture('question'),
        sentences: ['You can ask your adviser to contact you about anything on this website.'],
      },
    ],
  },
];

export function findExplainer(slug: string): Explainer | null {
  return EXPLAINERS.find((explainer) => explainer.slug === slug) ?? null;
}
