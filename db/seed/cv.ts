import type { Database } from '../client';
import { portfolioItems, type NewPortfolioItem } from '../schema';

/** One CV item for a young person; words only (demo media would need files in MEDIA_DIR). */
export async function seedPortfolioItem(db: Database, values: Omit<NewPortfolioItem, 'id'>): Promise<string> {
  const [row] = await db.insert(portfolioItems).values(values).returning({ id: portfolioItems.id });
  if (!row) throw new Error('Could not seed a CV item.');
  return row.id;
}

/** A started CV for the demo young person: a few things on it and one kept private, so My CV has something to show. */
export async function seedDemoCv(db: Database, { ownerId }: { ownerId: string }): Promise<number> {
  const items: Omit<NewPortfolioItem, 'id' | 'ownerId'>[] = [
    {
      section: 'about_me',
      title: 'Hello, I am Jade',
      body: 'I like fixing things and helping people. I want to work with cars.',
      visibility: 'on_cv',
    },
    {
      section: 'things_i_have_done',
      title: 'Fixed my brother’s bike',
      body: 'The chain kept coming off. I watched a video, got the right tool and fixed it.',
      place: 'At home',
      skillSlugs: ['using-tools', 'solving-problems'],
      visibility: 'on_cv',
    },
    {
      section: 'education',
      title: 'GCSE Maths',
      place: 'Calder High School',
      grade: 'Predicted 5',
      visibility: 'on_cv',
    },
    {
      section: 'work_and_volunteering',
      title: 'Helper at the food bank',
      body: 'Saturday mornings: sorting food and packing bags.',
      place: 'Halifax',
      skillSlugs: ['teamwork', 'being-on-time'],
      visibility: 'on_cv',
    },
    { section: 'interests', title: 'Drawing cars', visibility: 'private' },
  ];
  for (const item of items) await seedPortfolioItem(db, { ...item, ownerId });
  return items.length;
}
