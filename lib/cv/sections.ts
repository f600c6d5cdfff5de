/** The six parts of a CV, in the order a CV shows them, in the young person's words. */
export type CvSection = 'about_me' | 'things_i_have_done' | 'education' | 'work_and_volunteering' | 'interests' | 'looking_for';

export type CvSectionInfo = {
  section: CvSection;
  /** In URLs: /cv/add?section=things-i-have-done */
  slug: string;
  heading: string;
  /** One line under the heading, with an example. */
  hint: string;
  /** The add button: "Add something you have done". */
  addLabel: string;
  titleLabel: string;
  titleHint: string;
};

export const CV_SECTIONS: readonly CvSectionInfo[] = [
  {
    section: 'about_me',
    slug: 'about-me',
    heading: 'About me',
    hint: 'Say who you are in a few words, or record a short voice or video hello.',
    addLabel: 'Add to about me',
    titleLabel: 'Give it a short title',
    titleHint: 'For example, Hello from Jade',
  },
  {
    section: 'things_i_have_done',
    slug: 'things-i-have-done',
    heading: "Things I've done",
    hint: 'A cake you baked, a bike you fixed, a team you coach. Add a photo, a voice note or a video.',
    addLabel: 'Add something you have done',
    titleLabel: 'What did you do?',
    titleHint: 'For example, Baked a birthday cake',
  },
  {
    section: 'education',
    slug: 'education',
    heading: 'School, college and qualifications',
    hint: 'Where you study and the grades you have or expect to get.',
    addLabel: 'Add school, college or a qualification',
    titleLabel: 'What is it?',
    titleHint: 'For example, GCSE Maths',
  },
  {
    section: 'work_and_volunteering',
    slug: 'work-and-volunteering',
    heading: 'Work and volunteering',
    hint: 'Jobs, work experience, helping out. Paid or not, it all counts.',
    addLabel: 'Add work or volunteering',
    titleLabel: 'What was the job or the help you gave?',
    titleHint: 'For example, Helper at the food bank',
  },
  {
    section: 'interests',
    slug: 'interests',
    heading: 'Interests',
    hint: 'What you like doing in your own time.',
    addLabel: 'Add an interest',
    titleLabel: 'What do you like doing?',
    titleHint: 'For example, Playing football',
  },
  {
    section: 'looking_for',
    slug: 'looking-for',
    heading: "What I'm looking for",
    hint: 'The kind of course, job or training you want next.',
    addLabel: 'Add what you are looking for',
    titleLabel: 'What are you looking for?',
    titleHint: 'For example, An apprenticeship in car repair',
  },
];

export function sectionInfo(section: CvSection): CvSectionInfo {
  return CV_SECTIONS.find((info) => info.section === section) ?? CV_SECTIONS[0]!;
}

export function sectionFromSlug(slug: string | undefined): CvSectionInfo | null {
  return CV_SECTIONS.find((info) => info.slug === slug) ?? null;
}
