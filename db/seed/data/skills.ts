// Skills a young person tags their CV items with, each with a picture in public/images/skills/.

export type SkillDefinition = { readonly slug: string; readonly name: string };

export const SKILLS: readonly SkillDefinition[] = [
  { slug: 'teamwork', name: 'Teamwork' },
  { slug: 'using-tools', name: 'Using tools' },
  { slug: 'looking-after-people', name: 'Looking after people' },
  { slug: 'talking-to-people', name: 'Talking to people' },
  { slug: 'being-on-time', name: 'Being on time' },
  { slug: 'solving-problems', name: 'Solving problems' },
  { slug: 'making-things', name: 'Making things' },
  { slug: 'computers', name: 'Computers' },
  { slug: 'numbers', name: 'Numbers' },
  { slug: 'creative-ideas', name: 'Creative ideas' },
  { slug: 'leading-others', name: 'Leading others' },
  { slug: 'staying-calm', name: 'Staying calm' },
];

export function skillImagePath(slug: string): string {
  return `/images/skills/${slug}.svg`;
}
