// The course catalogue the demo providers choose from. Each provider offers the programmes in its kinds of
// work that suit its type (a school sixth form does not run a bricklaying workshop), and only the
// apprenticeship routes whose subject (Table 3) it offers.

import type { ProviderKind } from './providers';

export type CourseLevel = 'entry' | 'level_1' | 'level_2' | 'level_3' | 'level_4';

/** How a programme is studied; decides its mode, method, age group, cost and entry words. */
export type CourseRoute =
  | 'a_level'
  | 't_level'
  | 'vocational'
  | 'apprenticeship'
  | 'taster_14_16'
  | 'supported'
  | 'short';

export type Programme = {
  readonly kind: string;
  readonly title: string;
  readonly level: CourseLevel;
  readonly route: CourseRoute;
  /** The types of provider that run it (apprenticeships: providers offering `subject`). */
  readonly at: readonly ProviderKind[];
  /** Apprenticeship subject from Table 3. */
  readonly subject?: string;
  /** What you learn, when the kind's usual words do not fit (A levels). */
  readonly learn?: string;
  readonly part?: boolean;
};

const S = 'school_sixth_form';
const C = 'college';
const T = 'training_provider';
const E = 'employer_provider';
const V = 'voluntary_organisation';

const aLevel = (kind: string, subject: string, learn: string): Programme => ({
  kind,
  title: `A level ${subject}`,
  level: 'level_3',
  route: 'a_level',
  at: [S, C],
  learn,
});
const course = (kind: string, title: string, level: CourseLevel, at: readonly ProviderKind[], part = false): Programme => ({
  kind,
  title,
  level,
  route: 'vocational',
  at,
  part,
});
const apprenticeship = (kind: string, title: string, level: CourseLevel, subject: string): Programme => ({
  kind,
  title,
  level,
  route: 'apprenticeship',
  at: [C, T, E],
  subject,
});
const taster = (kind: string, title: string, at: readonly ProviderKind[] = [C, T]): Programme => ({
  kind,
  title,
  level: 'level_1',
  route: 'taster_14_16',
  at,
  part: true,
});
const tLevel = (kind: string, subject: string): Programme => ({
  kind,
  title: `T Level in ${subject}`,
  level: 'level_3',
  route: 't_level',
  at: [C],
});
const supported = (kind: string, title: string, at: readonly ProviderKind[]): Programme => ({
  kind,
  title,
  level: 'entry',
  route: 'supported',
  at,
});

export const PROGRAMMES: readonly Programme[] = [
  // Sixth-form subjects
  aLevel('lab-assistant', 'Biology', 'Cells, the human body, plants and animals, and how to plan and carry out experiments.'),
  aLevel('lab-assistant', 'Chemistry', 'What things are made of, how chemicals react, and safe work in the lab.'),
  aLevel('general-engineering', 'Physics', 'Forces, electricity, energy, space and how to test your ideas with experiments.'),
  aLevel('accounts-and-bookkeeping', 'Maths', 'Algebra, graphs, statistics and mechanics, and how to solve problems step by step.'),
  aLevel('business-support', 'Business', 'How businesses start, make money, look after staff and sell to customers.'),
  aLevel('programming', 'Computer Science', 'How computers work and how to write programs, with a coding project of your own.'),
  aLevel('graphic-design', 'Art and Design', 'Drawing, painting, photography and design, and how to build a portfolio.'),
  aLevel('health-support-work', 'Psychology', 'How people think, feel and behave, and how memory, stress and mental health work.'),
  aLevel('looking-after-nature', 'Geography', 'Rivers, weather, cities and how people and the planet affect each other, with field trips.'),
  aLevel('sport-as-a-job', 'Physical Education', 'How the body works in sport, coaching, fitness and sport psychology, plus your own sport.'),
  course('lab-assistant', 'Applied Science (Level 3)', 'level_3', [S, C]),
  course('business-support', 'Business (Level 3)', 'level_3', [S, C]),
  course('caring-for-older-people', 'Health and Social Care (Level 3)', 'level_3', [S, C]),
  course('fitness-instructor', 'Sport (Level 3)', 'level_3', [S, C]),
  course('it-support', 'Information Technology (Level 3)', 'level_3', [S, C]),
  course('travel-agent', 'Travel and Tourism (Level 3)', 'level_3', [S, C]),
  course('dance', 'Performing Arts: Dance (Level 3)', 'level_3', [S, C]),
  course('nursery-and-childcare', 'Early Years Educator (Level 3)', 'level_3', [S, C, T]),
  tLevel('accounts-and-bookkeeping', 'Accounting'),
  tLevel('programming', 'Digital Production, Design and Development'),
  tLevel('health-support-work', 'Health'),
  tLevel('nursery-and-childcare', 'Education and Early Years'),
  tLevel('plumbing', 'Building Services Engineering'),
  // Building
  course('building-trades', 'Construction Multi-skills (Entry level)', 'entry', [C, T]),
  course('building-trades', 'Bricklaying (Level 1)', 'level_1', [C, T]),
  course('building-trades', 'Bricklaying (Level 2)', 'level_2', [C, T]),
  course('building-trades', 'Plastering (Level 1)', 'level_1', [C, T]),
  taster('building-trades', 'Construction taster for Years 10 and 11'),
  apprenticeship('building-trades', 'Bricklayer apprenticeship (Level 2)', 'level_2', 'Construction'),
  course('carpentry-and-joinery', 'Carpentry and Joinery (Level 1)', 'level_1', [C, T]),
  course('carpentry-and-joinery', 'Carpentry and Joinery (Level 2)', 'level_2', [C, T]),
  apprenticeship('carpentry-and-joinery', 'Carpentry and joinery apprenticeship (Level 2)', 'level_2', 'Construction'),
  course('plumbing', 'Plumbing (Level 1)', 'level_1', [C, T]),
  course('plumbing', 'Plumbing (Level 2)', 'level_2', [C, T]),
  apprenticeship('plumbing', 'Plumbing and heating apprenticeship (Level 3)', 'level_3', 'Construction'),
  course('electrician', 'Electrical Installation (Level 1)', 'level_1', [C]),
  course('electrician', 'Electrical Installation (Level 2)', 'level_2', [C]),
  apprenticeship('electrician', 'Installation electrician apprenticeship (Level 3)', 'level_3', 'Construction'),
  course('painting-and-decorating', 'Painting and Decorating (Level 1)', 'level_1', [C, T]),
  course('painting-and-decorating', 'Painting and Decorating (Level 2)', 'level_2', [C, T]),
  apprenticeship('painting-and-decorating', 'Painter and decorator apprenticeship (Level 2)', 'level_2', 'Construction'),
  course('drawing-building-plans', 'Construction and the Built Environment (Level 3)', 'level_3', [C]),
  apprenticeship('glass-and-glazing', 'Glazing installer apprenticeship (Level 2)', 'level_2', 'Glass Training'),
  course('glass-and-glazing', 'Glass and Glazing Skills (Level 1)', 'level_1', [T]),
  // Engineering, electrics, metal
  course('general-engineering', 'Engineering (Level 1)', 'level_1', [C, T]),
  course('general-engineering', 'Engineering (Level 2)', 'level_2', [C, T]),
  course('general-engineering', 'Engineering (Level 3)', 'level_3', [C, T]),
  taster('general-engineering', 'Engineering taster for Years 10 and 11'),
  apprenticeship('general-engineering', 'Engineering operative apprenticeship (Level 2)', 'level_2', 'Engineering'),
  apprenticeship('general-engineering', 'Engineering fitter apprenticeship (Level 3)', 'level_3', 'Engineering'),
  course('mechanical-engineering', 'Mechanical Engineering (Level 3)', 'level_3', [C, T]),
  apprenticeship('mechanical-engineering', 'Maintenance engineering technician apprenticeship (Level 3)', 'level_3', 'Engineering'),
  course('electrical-engineering', 'Electrical and Electronic Engineering (Level 2)', 'level_2', [T]),
  course('computer-design-cad', 'Computer-Aided Design (CAD) (Level 2)', 'level_2', [C]),
  course('electronics', 'Electronics (Level 2)', 'level_2', [C]),
  course('welding-and-fabrication', 'Welding and Fabrication (Level 1)', 'level_1', [C, T]),
  course('welding-and-fabrication', 'Welding and Fabrication (Level 2)', 'level_2', [C, T]),
  apprenticeship('welding-and-fabrication', 'Welder apprenticeship (Level 2)', 'level_2', 'Fabrication and Welding'),
  apprenticeship('welding-and-fabrication', 'Metal fabricator apprenticeship (Level 3)', 'level_3', 'Fabrication and Welding'),
  apprenticeship('factory-work', 'Manufacturing operative apprenticeship (Level 2)', 'level_2', 'Manufacturing'),
  // Vehicles
  course('car-repair', 'Motor Vehicle Maintenance (Level 1)', 'level_1', [C, T]),
  course('car-repair', 'Motor Vehicle Maintenance (Level 2)', 'level_2', [C, T]),
  course('car-repair', 'Motor Vehicle Maintenance (Level 3)', 'level_3', [C]),
  taster('car-repair', 'Motor vehicle taster for Years 10 and 11'),
  taster('car-repair', 'Bike repair club for Years 10 and 11', [V]),
  course('car-repair', 'Bike Repair for Beginners (Entry level)', 'entry', [V], true),
  apprenticeship('car-repair', 'Vehicle service and maintenance apprenticeship (Level 3)', 'level_3', 'Motor Vehicle'),
  course('car-paint-spraying', 'Vehicle Body and Paint (Level 2)', 'level_2', [C, T]),
  // Hair and beauty
  course('hairdressing-and-barbering', 'Hair and Beauty (Level 1)', 'level_1', [C, T]),
  course('hairdressing-and-barbering', 'Hairdressing (Level 2)', 'level_2', [C, T]),
  course('hairdressing-and-barbering', 'Barbering (Level 2)', 'level_2', [C, T]),
  course('hairdressing-and-barbering', 'Hairdressing (Level 3)', 'level_3', [C]),
  taster('hairdressing-and-barbering', 'Hair and beauty taster for Years 10 and 11'),
  apprenticeship('hairdressing-and-barbering', 'Hair professional apprenticeship (Level 2)', 'level_2', 'Hairdressing'),
  course('beauty-therapy', 'Beauty Therapy (Level 2)', 'level_2', [C, T]),
  course('beauty-therapy', 'Nail Services (Level 2)', 'level_2', [C, T]),
  course('beauty-therapy', 'Beauty Therapy (Level 3)', 'level_3', [C]),
  apprenticeship('beauty-therapy', 'Beauty therapist apprenticeship (Level 2)', 'level_2', 'Beauty'),
  // Children, health and care
  course('nursery-and-childcare', 'Early Years Practitioner (Level 2)', 'level_2', [C, T]),
  taster('nursery-and-childcare', 'Childcare taster for Years 10 and 11', [C]),
  apprenticeship('nursery-and-childcare', 'Early years practitioner apprenticeship (Level 2)', 'level_2', 'Early Years and Education'),
  apprenticeship('nursery-and-childcare', 'Early years educator apprenticeship (Level 3)', 'level_3', 'Early Years and Education'),
  course('caring-for-older-people', 'Health and Social Care (Level 1)', 'level_1', [C]),
  course('caring-for-older-people', 'Health and Social Care (Level 2)', 'level_2', [C, T]),
  apprenticeship('caring-for-older-people', 'Adult care worker apprenticeship (Level 2)', 'level_2', 'Care'),
  apprenticeship('health-support-work', 'Healthcare support worker apprenticeship (Level 2)', 'level_2', 'Care'),
  supported('health-support-work', 'Supported internship at the hospital (up to 25)', [E]),
  course('dental-nursing', 'Introduction to Dental Nursing (Level 2)', 'level_2', [T, E]),
  apprenticeship('dental-nursing', 'Dental nurse apprenticeship (Level 3)', 'level_3', 'Dental Nursing'),
  // Food, hotels and travel
  course('cooking-and-serving-food', 'Professional Cookery (Level 1)', 'level_1', [C, T]),
  course('cooking-and-serving-food', 'Professional Cookery (Level 2)', 'level_2', [C, T]),
  course('cooking-and-serving-food', 'Food and Drink Service (Level 2)', 'level_2', [C, T]),
  course('cooking-and-serving-food', 'Community Cooking and Food Hygiene (Entry level)', 'entry', [V], true),
  taster('cooking-and-serving-food', 'Young chefs for Years 10 and 11', [C, T, V]),
  supported('cooking-and-serving-food', 'Café skills for independence (up to 25)', [V]),
  apprenticeship('cooking-and-serving-food', 'Commis chef apprenticeship (Level 2)', 'level_2', 'Catering and Hospitality'),
  apprenticeship('cooking-and-serving-food', 'Hospitality team member apprenticeship (Level 2)', 'level_2', 'Catering and Hospitality'),
  course('bakery', 'Bakery (Level 2)', 'level_2', [C, T]),
  course('bar-work', 'Bar and Barista Skills (Level 1)', 'level_1', [C, T], true),
  course('hotel-reception', 'Hospitality: Front of House (Level 2)', 'level_2', [C, T]),
  course('travel-agent', 'Travel and Tourism (Level 2)', 'level_2', [C, T]),
  // Offices, shops, money
  course('office-and-admin-work', 'Business Administration (Level 1)', 'level_1', [C, T]),
  course('office-and-admin-work', 'Business Administration (Level 2)', 'level_2', [C, T]),
  apprenticeship('office-and-admin-work', 'Business administrator apprenticeship (Level 3)', 'level_3', 'Business Administration and Management'),
  course('helping-customers', 'Customer Service (Level 2)', 'level_2', [C, T]),
  apprenticeship('helping-customers', 'Customer service practitioner apprenticeship (Level 2)', 'level_2', 'Customer Service'),
  course('answering-calls', 'Contact Centre Skills (Level 1)', 'level_1', [T], true),
  apprenticeship('answering-calls', 'Contact centre adviser apprenticeship (Level 2)', 'level_2', 'Call Handling'),
  course('shop-work', 'Retail Skills (Level 1)', 'level_1', [C, T]),
  course('shop-work', 'Retail Skills (Level 2)', 'level_2', [C, T]),
  apprenticeship('shop-work', 'Retailer apprenticeship (Level 2)', 'level_2', 'Retail'),
  course('accounts-and-bookkeeping', 'Bookkeeping (Level 2)', 'level_2', [C, T], true),
  course('accounts-and-bookkeeping', 'Accounting (Level 2)', 'level_2', [C, T]),
  course('accounts-and-bookkeeping', 'Accounting (Level 3)', 'level_3', [C, T]),
  apprenticeship('accounts-and-bookkeeping', 'Accounts assistant apprenticeship (Level 2)', 'level_2', 'Accounting'),
  apprenticeship('accounts-and-bookkeeping', 'Assistant accountant apprenticeship (Level 3)', 'level_3', 'Accounting'),
  course('banking', 'Money and Banking Skills (Level 2)', 'level_2', [T, E], true),
  apprenticeship('banking', 'Financial services customer adviser apprenticeship (Level 2)', 'level_2', 'Customer Service'),
  // Computers and design
  course('it-support', 'IT User Skills (Entry level)', 'entry', [C, T, V], true),
  course('it-support', 'IT Support (Level 2)', 'level_2', [C, T]),
  apprenticeship('it-support', 'Digital support technician apprenticeship (Level 3)', 'level_3', 'ICT'),
  course('programming', 'Coding and App Making (Level 2)', 'level_2', [C, T]),
  course('graphic-design', 'Art and Design (Level 2)', 'level_2', [C]),
  course('graphic-design', 'Graphic Design (Level 3)', 'level_3', [C, T]),
  apprenticeship('graphic-design', 'Junior designer apprenticeship (Level 3)', 'level_3', 'Design and Print'),
  course('printing', 'Print and Print Finishing (Level 2)', 'level_2', [C, T, E]),
  course('printing', 'Screen Printing (Level 1)', 'level_1', [T], true),
  apprenticeship('printing', 'Print technician apprenticeship (Level 3)', 'level_3', 'Printing'),
  course('dance', 'Dance (Level 2)', 'level_2', [C]),
  // Outdoors, sport, warehouses
  course('gardening-and-plants', 'Horticulture (Level 1)', 'level_1', [C, T, V]),
  course('gardening-and-plants', 'Horticulture (Level 2)', 'level_2', [C, T]),
  apprenticeship('gardening-and-plants', 'Horticulture or landscape operative apprenticeship (Level 2)', 'level_2', 'Horticulture'),
  course('farm-work', 'Agriculture (Level 2)', 'level_2', [C, T]),
  course('farm-work', 'Animal Care and Farm Skills (Level 1)', 'level_1', [C, T]),
  taster('farm-work', 'Land and animals taster for Years 10 and 11'),
  course('dog-grooming', 'Animal Care (Level 2)', 'level_2', [C]),
  course('dog-grooming', 'Dog Grooming (Level 2)', 'level_2', [C], true),
  course('looking-after-nature', 'Countryside and Environment (Level 2)', 'level_2', [C, T]),
  course('looking-after-nature', 'Outdoor Skills and Conservation (Entry level)', 'entry', [V], true),
  taster('looking-after-nature', 'Outdoor learning for Years 10 and 11', [V, T]),
  course('fitness-instructor', 'Sport (Level 2)', 'level_2', [C]),
  course('fitness-instructor', 'Gym Instructor (Level 2)', 'level_2', [C, T]),
  course('fitness-instructor', 'Personal Trainer (Level 3)', 'level_3', [T]),
  course('leisure-centre-and-pool', 'Pool Lifeguard Qualification', 'level_2', [C, T], true),
  apprenticeship('leisure-centre-and-pool', 'Leisure team member apprenticeship (Level 2)', 'level_2', 'Sport and Leisure'),
  course('sport-as-a-job', 'Sports Coaching (Level 2)', 'level_2', [T]),
  taster('sport-as-a-job', 'Sports leaders for Years 10 and 11', [T]),
  course('warehouse-and-deliveries', 'Warehousing and Storage (Level 2)', 'level_2', [T]),
  course('warehouse-and-deliveries', 'Forklift Truck and Warehouse Safety (Level 1)', 'level_1', [T], true),
  apprenticeship('warehouse-and-deliveries', 'Warehouse operative apprenticeship (Level 2)', 'level_2', 'Warehousing and Distribution'),
  course('transport-work', 'Logistics and Transport (Level 2)', 'level_2', [T]),
  course('fire-service', 'Uniformed Public Services (Level 2)', 'level_2', [C]),
  course('army', 'Uniformed Public Services (Level 3)', 'level_3', [C]),
  // Getting ready for work
  course('getting-ready-for-work-courses', 'Step into Work (Entry level)', 'entry', [C, T, V]),
  course('getting-ready-for-work-courses', 'English and Maths for Work (Entry level)', 'entry', [C, T, V], true),
  apprenticeship('getting-ready-for-work-courses', 'Entry to Employment: Get Started (Entry level)', 'entry', 'Entry to Employment'),
  supported('getting-ready-for-work-courses', 'Skills for Life and Work (up to 25)', [C, V]),
  supported('getting-ready-for-work-courses', 'Supported Internship (up to 25)', [C, V]),
  supported('getting-ready-for-work-courses', 'Travel and Independence Skills (up to 25)', [V]),
];

/** What you learn and where it leads, per kind of work, in plain words. */
export const KIND_COURSE_WORDS: Readonly<Record<string, { readonly learn: string; readonly leadsTo: string }>> = {
  'lab-assistant': { learn: 'How to do experiments safely, use lab equipment and write up what you find.', leadsTo: 'Lab work, a science apprenticeship or university.' },
  'general-engineering': { learn: 'How to read drawings, use hand tools and machines like lathes, and work safely in a workshop.', leadsTo: 'An engineering apprenticeship, a job in a factory or workshop, or a higher course.' },
  'mechanical-engineering': { learn: 'How engines, pumps and gearboxes work, how to find faults and how to fix them.', leadsTo: 'A job as a maintenance fitter or technician, or a higher apprenticeship.' },
  'electrical-engineering': { learn: 'How electricity works, how to wire and test circuits, and how to work safely.', leadsTo: 'An electrical apprenticeship or a job in a factory or power company.' },
  'computer-design-cad': { learn: 'How to draw exact plans and 3D models on a computer, and how to print them out.', leadsTo: 'A CAD apprenticeship or a job in a design office.' },
  electronics: { learn: 'How to build and test circuits, solder parts and find faults in gadgets.', leadsTo: 'An electronics apprenticeship or a Level 3 course.' },
  'welding-and-fabrication': { learn: 'How to cut, bend and weld metal safely, and read simple drawings.', leadsTo: 'A welding apprenticeship or a job in a fabrication workshop.' },
  'factory-work': { learn: 'How to run machines safely, check quality and work as part of a production team.', leadsTo: 'A skilled job in manufacturing or a Level 3 apprenticeship.' },
  'accounts-and-bookkeeping': { learn: 'How to keep track of money, use accounts software and check numbers carefully.', leadsTo: 'A job in an accounts office, an accountancy apprenticeship or university.' },
  'business-support': { learn: 'How businesses plan, sell and look after customers and staff.', leadsTo: 'An office job, a business apprenticeship or university.' },
  programming: { learn: 'How to write code, make apps and websites, and test that they work.', leadsTo: 'A coding apprenticeship, a job in IT or university.' },
  'graphic-design': { learn: 'How to draw, design on a computer and put together a portfolio of your work.', leadsTo: 'A design apprenticeship, a creative job or art school.' },
  printing: { learn: 'How to set up printing machines, mix inks and finish printed work.', leadsTo: 'A printing apprenticeship or a job in a print works.' },
  'health-support-work': { learn: 'How the body works, how to help patients and how to keep people safe and clean.', leadsTo: 'A job in a hospital or clinic, a nursing apprenticeship or university.' },
  'caring-for-older-people': { learn: 'How to help people wash, dress and eat, how to keep them safe and how to talk with them kindly.', leadsTo: 'A job in a care home or home care, or a care apprenticeship.' },
  'dental-nursing': { learn: 'How to help the dentist, clean and sort tools, and put patients at ease.', leadsTo: 'A job as a dental nurse, or more training in dentistry.' },
  'nursery-and-childcare': { learn: 'How young children grow and learn, how to plan play and how to keep them safe.', leadsTo: 'A job in a nursery or school, an apprenticeship or a teaching assistant course.' },
  'looking-after-nature': { learn: 'How to look after woods, paths and rivers, and how to spot plants and wildlife.', leadsTo: 'Countryside and conservation work, or a land-based apprenticeship.' },
  'sport-as-a-job': { learn: 'How to coach, plan training sessions and stay fit and safe.', leadsTo: 'Coaching, a job in a leisure centre, or a higher course in sport.' },
  'fitness-instructor': { learn: 'How the body works, how to lead exercise and how to help people reach their goals.', leadsTo: 'A job as a gym instructor or in a leisure centre, or a Level 3 course.' },
  'leisure-centre-and-pool': { learn: 'How to keep swimmers safe, do first aid and run a leisure centre day.', leadsTo: 'A job as a lifeguard or leisure assistant.' },
  'it-support': { learn: 'How computers and networks work, how to set them up and how to fix common problems.', leadsTo: 'An IT support job or a digital apprenticeship.' },
  'travel-agent': { learn: 'How to plan trips, find good deals and look after customers.', leadsTo: 'A job in a travel agency, hotel or airport, or a higher course.' },
  'hotel-reception': { learn: 'How to welcome guests, take bookings and handle problems calmly.', leadsTo: 'A job on a hotel reception desk or in hospitality.' },
  dance: { learn: 'Different dance styles, how to perform and how to make your own dances.', leadsTo: 'A Level 3 course, dance school or performing work.' },
  'building-trades': { learn: 'How to lay bricks, mix mortar, plaster walls and stay safe on site.', leadsTo: 'A building apprenticeship or a job with a builder.' },
  'carpentry-and-joinery': { learn: 'How to measure, cut and join wood, and use hand and power tools safely.', leadsTo: 'A joinery apprenticeship or a job with a builder or workshop.' },
  plumbing: { learn: 'How to cut and join pipes, fit taps and toilets and how heating works.', leadsTo: 'A plumbing apprenticeship or a Level 3 course.' },
  electrician: { learn: 'How to wire sockets and lights, test circuits and work safely with electricity.', leadsTo: 'An electrician apprenticeship or a Level 3 course.' },
  'painting-and-decorating': { learn: 'How to prepare walls, paint neatly and hang wallpaper.', leadsTo: 'A decorating apprenticeship or a job with a decorating firm.' },
  'drawing-building-plans': { learn: 'How buildings are designed and built, and how to draw plans on a computer.', leadsTo: 'An apprenticeship in surveying or architecture, or university.' },
  'glass-and-glazing': { learn: 'How to handle, cut and fit glass and window frames safely.', leadsTo: 'A job as a glazier or window fitter.' },
  'car-repair': { learn: 'How engines, brakes and tyres work, how to find faults and how to service a car.', leadsTo: 'A job in a garage or a motor vehicle apprenticeship.' },
  'car-paint-spraying': { learn: 'How to fix dents, prepare panels and spray paint so it looks like new.', leadsTo: 'A job in a body shop or a motor vehicle apprenticeship.' },
  'hairdressing-and-barbering': { learn: 'How to wash, cut, colour and style hair, and how to look after clients.', leadsTo: 'A job in a salon or barber’s, an apprenticeship or a Level 3 course.' },
  'beauty-therapy': { learn: 'How to do nails, make-up, facials and waxing, and keep everything clean and safe.', leadsTo: 'A job in a salon or spa, an apprenticeship or a Level 3 course.' },
  'cooking-and-serving-food': { learn: 'How to cook tasty meals, keep food safe and serve customers.', leadsTo: 'A job in a kitchen, café or hotel, or a chef apprenticeship.' },
  bakery: { learn: 'How to make bread, cakes and pastry, and how a bakery runs.', leadsTo: 'A job in a bakery or a food apprenticeship.' },
  'bar-work': { learn: 'How to make coffee, serve drinks and look after customers.', leadsTo: 'A job in a café, bar or hotel.' },
  'office-and-admin-work': { learn: 'How to use email, spreadsheets and the phone, and keep records tidy.', leadsTo: 'An office job or a business administration apprenticeship.' },
  'helping-customers': { learn: 'How to talk to customers, solve problems and stay calm when things go wrong.', leadsTo: 'A customer service job or apprenticeship.' },
  'answering-calls': { learn: 'How to answer calls well, use the computer system and help callers.', leadsTo: 'A job in a contact centre or an apprenticeship.' },
  'shop-work': { learn: 'How to serve customers, use the till, fill shelves and keep stock right.', leadsTo: 'A shop job, a retail apprenticeship or a supervisor role.' },
  banking: { learn: 'How banks work, how to help customers with money and how to keep it safe.', leadsTo: 'A job in a bank or building society, or a finance apprenticeship.' },
  'warehouse-and-deliveries': { learn: 'How to pick, pack and store goods, use scanners and lift safely.', leadsTo: 'A warehouse job or a logistics apprenticeship.' },
  'transport-work': { learn: 'How goods and people get moved around, route planning and road safety.', leadsTo: 'A job in transport or logistics.' },
  'gardening-and-plants': { learn: 'How to grow plants, use garden tools and look after lawns and borders.', leadsTo: 'A job in a garden centre or with a landscaping firm, or an apprenticeship.' },
  'farm-work': { learn: 'How to care for farm animals, grow crops and drive farm machines safely.', leadsTo: 'Farm work or a land-based apprenticeship.' },
  'dog-grooming': { learn: 'How to handle animals calmly, bath and clip dogs and keep them healthy.', leadsTo: 'A job in a grooming parlour, kennels or pet shop.' },
  'fire-service': { learn: 'Teamwork, fitness, first aid and how public services keep people safe.', leadsTo: 'A Level 3 course, or joining the army, police or fire service later.' },
  army: { learn: 'Leadership, fitness, first aid and how the armed forces and emergency services work.', leadsTo: 'Joining the armed forces, police or fire service, or university.' },
  'getting-ready-for-work-courses': { learn: 'Confidence, English and maths for everyday life, and what employers look for.', leadsTo: 'A course, a training place, an apprenticeship or a job.' },
};
