import type { LikeTag, WayTag } from './questions';

/*
 * Kinds of work for "Explore": what you do in a day, the pay, where it leads and a young person's story,
 * each tied to the picture categories (db/seed/data/categories.ts) that hold its real local courses and
 * vacancies. Written for a reading age of 9.
 *
 * The stories are examples written for the demo, told as a young person might tell them. A council can
 * swap in real, recorded stories (audio or video with the same transcript) without changing the matching.
 * Pay is a rough guide for England in 2026: starting pay for an apprentice or a new starter, then pay
 * with a few years' experience.
 */

export type Story = {
  name: string;
  age: number;
  /** What they said, as a transcript (the words of a recording, when there is one). */
  transcript: string;
};

export type KindOfWork = {
  slug: string;
  name: string;
  /** One short line for cards and lists. */
  summary: string;
  /** What you'd do in a day, in a few short sentences. */
  day: string;
  pay: { start: string; later: string };
  /** Where it can lead. */
  leadsTo: string;
  /** Tags from "What do you enjoy?", the strongest first. */
  likes: readonly LikeTag[];
  /** Tags from "How do you like to work?". */
  ways: readonly WayTag[];
  /** Whether there is a way in (a course, an apprenticeship, a first job) that needs no qualifications. */
  canStartWithoutQualifications: boolean;
  /** Kind-of-work category slugs (level 2) whose courses and vacancies are the local options. */
  categories: readonly string[];
  /** The area of work (level 1 category slug) these sit in, for "see more" links. */
  area: string;
  /** Under public/. The name says what it shows, so the picture is decorative. */
  picture: string;
  /** What the picture shows, when it is a council's own photo (lib/categories/area-view.ts); else empty. */
  pictureAlt?: string;
  story: Story;
};

const picture = (name: string) => `/images/categories/${name}.svg`;

export const KINDS_OF_WORK: readonly KindOfWork[] = [
  {
    slug: 'mechanic',
    name: 'Car mechanic',
    summary: 'Find out what is wrong with cars and vans, and fix them.',
    day: 'You check cars that come into the garage. You find out what is wrong, change parts like brakes and tyres, and test that everything works. You get your hands dirty and use lots of tools.',
    pay: { start: 'From £8.00 an hour as an apprentice', later: 'About £25,000 to £35,000 a year' },
    leadsTo: 'A master technician, an MOT tester, working on electric cars, or running your own garage.',
    likes: ['fixing', 'driving', 'science'],
    ways: ['hands', 'team', 'indoors'],
    canStartWithoutQualifications: true,
    categories: ['car-repair', 'car-paint-spraying', 'car-parts', 'selling-cars'],
    area: 'cars-and-vehicles',
    picture: picture('car-repair'),
    story: {
      name: 'Kyle',
      age: 17,
      transcript:
        'I was always taking my bike apart. Now I am an apprentice at a garage. Three days I work, one day I go to college. Last week I changed my first clutch on my own. My boss said it was spot on.',
    },
  },
  {
    slug: 'electrician',
    name: 'Electrician',
    summary: 'Put in wires, sockets and lights, and keep them safe.',
    day: 'You go to houses, shops and new buildings. You put in wires, sockets, lights and fuse boxes, and test them so they are safe. You solve problems when something stops working.',
    pay: { start: 'From £8.00 an hour as an apprentice', later: 'About £30,000 to £40,000 a year' },
    leadsTo: 'Fitting solar panels and car chargers, becoming an electrical engineer, or having your own business.',
    likes: ['fixing', 'building', 'science'],
    ways: ['hands', 'alone', 'indoors'],
    canStartWithoutQualifications: false,
    categories: ['electrician', 'electrical-engineering', 'electronics'],
    area: 'electrics-and-electronics',
    picture: picture('electrician'),
    story: {
      name: 'Aisha',
      age: 19,
      transcript:
        'People are surprised when a girl turns up to do the wiring. I like that. I did my GCSEs again at college and then got my apprenticeship. Every day is a different house and a different puzzle.',
    },
  },
  {
    slug: 'builder',
    name: 'Builder and joiner',
    summary: 'Build and finish houses, walls, roofs, doors and stairs.',
    day: 'You work on a building site or in people’s homes. You might lay bricks, cut and fit wood, put up walls or fit doors and windows. You work with a team and see what you built at the end of the day.',
    pay: { start: 'From £8.00 an hour as an apprentice', later: 'About £25,000 to £38,000 a year' },
    leadsTo: 'A site supervisor, a building surveyor, a project manager, or your own building firm.',
    likes: ['building', 'fixing', 'outdoors'],
    ways: ['hands', 'making', 'team', 'outside'],
    canStartWithoutQualifications: true,
    categories: [
      'building-trades',
      'carpentry-and-joinery',
      'building-site-helper',
      'skilled-trades',
      'roads-and-bridges',
      'glass-and-glazing',
      'drawing-building-plans',
      'building-surveying',
      'land-survey-helper',
    ],
    area: 'building-and-construction',
    picture: picture('carpentry-and-joinery'),
    story: {
      name: 'Callum',
      age: 18,
      transcript:
        'School was not for me. I liked woodwork and that was it. I did a joinery course at college with no exams needed, and now I am an apprentice joiner. I made a whole staircase last month. My mum has a photo of it on the fridge.',
    },
  },
  {
    slug: 'plumber',
    name: 'Plumber and heating engineer',
    summary: 'Fit and fix pipes, taps, boilers and heating.',
    day: 'You visit homes and businesses. You fix leaks, fit new bathrooms and kitchens, and look after boilers and heating. You explain to customers what you are doing.',
    pay: { start: 'From £8.00 an hour as an apprentice', later: 'About £28,000 to £40,000 a year' },
    leadsTo: 'A gas engineer, fitting heat pumps and green heating, or running your own business.',
    likes: ['fixing', 'building'],
    ways: ['hands', 'alone', 'people', 'indoors'],
    canStartWithoutQualifications: false,
    categories: ['plumbing', 'gas-fitting'],
    area: 'building-and-construction',
    picture: picture('plumbing'),
    story: {
      name: 'Ryan',
      age: 20,
      transcript:
        'I like that no day is the same. One day it is a leaking tap, the next it is a whole new boiler. Old people always make me a cup of tea. I passed my Level 2 last summer.',
    },
  },
  {
    slug: 'decorator',
    name: 'Painter and decorator',
    summary: 'Paint and wallpaper rooms and make buildings look great.',
    day: 'You get walls ready, fill cracks, then paint and hang wallpaper. You work in houses, offices and new buildings. You need a steady hand and an eye for colour.',
    pay: { start: 'From £8.00 an hour as an apprentice', later: 'About £22,000 to £32,000 a year' },
    leadsTo: 'Specialist decorating, running a team, or your own decorating business.',
    likes: ['looks', 'building', 'art'],
    ways: ['hands', 'alone', 'indoors'],
    canStartWithoutQualifications: true,
    categories: ['painting-and-decorating', 'curtain-and-blind-fitting'],
    area: 'building-and-construction',
    picture: picture('painting-and-decorating'),
    story: {
      name: 'Jess',
      age: 18,
      transcript:
        'I love the bit at the end when the dust sheets come off and the room looks brand new. I put music on and get stuck in. I started with a short course and now I work for a local firm.',
    },
  },
  {
    slug: 'engineer',
    name: 'Engineering technician',
    summary: 'Make, fix and look after machines and the parts inside them.',
    day: 'You work in a workshop or a factory. You read drawings, use machines to make parts, and find and fix faults in machines. Some days you design parts on a computer.',
    pay: { start: 'From £8.00 an hour as an apprentice', later: 'About £28,000 to £40,000 a year' },
    leadsTo: 'A higher apprenticeship, an engineering degree paid for by your employer, or a maintenance manager.',
    likes: ['fixing', 'science', 'building', 'computers'],
    ways: ['hands', 'making', 'team', 'indoors'],
    canStartWithoutQualifications: false,
    categories: [
      'general-engineering',
      'mechanical-engineering',
      'other-engineering-work',
      'fixing-machines',
      'ship-and-boat-engineering',
      'farm-machine-engineering',
      'computer-design-cad',
    ],
    area: 'engineering',
    picture: picture('mechanical-engineering'),
    story: {
      name: 'Priya',
      age: 19,
      transcript:
        'I liked maths and taking things apart, so my adviser told me about engineering. I am on a Level 3 apprenticeship. The firm might pay for my degree later. I never thought that was for someone like me.',
    },
  },
  {
    slug: 'welder',
    name: 'Welder',
    summary: 'Cut, bend and join metal to make strong things.',
    day: 'You wear a mask and gloves and join metal with heat. You make gates, frames, parts for machines and bits of buildings. You measure carefully so everything fits.',
    pay: { start: 'From £8.00 an hour as an apprentice', later: 'About £25,000 to £35,000 a year' },
    leadsTo: 'Specialist welding, working on ships or oil rigs, or checking other people’s welds.',
    likes: ['building', 'fixing', 'art'],
    ways: ['hands', 'making', 'alone', 'indoors'],
    canStartWithoutQualifications: true,
    categories: ['welding-and-fabrication'],
    area: 'metal-and-welding',
    picture: picture('welding-and-fabrication'),
    story: {
      name: 'Tomasz',
      age: 18,
      transcript:
        'Welding is like drawing with metal. It takes a lot of practice to get a neat line. I did a taster day at college and was hooked. Now I make trailers at a firm in Brighouse.',
    },
  },
  {
    slug: 'factory',
    name: 'Factory worker',
    summary: 'Work with machines and your hands to make things.',
    day: 'You help make things like food, cars parts or furniture. You might work a machine, check things are made right, and pack them. You work with a team and often on shifts.',
    pay: { start: 'About £10.85 to £12.71 an hour', later: 'About £24,000 to £30,000 a year as a team leader' },
    leadsTo: 'A machine setter, a team leader, quality checking, or an engineering apprenticeship.',
    likes: ['building', 'fixing'],
    ways: ['hands', 'making', 'team', 'indoors'],
    canStartWithoutQualifications: true,
    categories: ['factory-work', 'general-practical-work', 'printing'],
    area: 'factories-and-making',
    picture: picture('factory-work'),
    story: {
      name: 'Shannon',
      age: 19,
      transcript:
        'I started packing biscuits on the night shift. The team is like a family. Now I set up the machines and I am learning to be a team leader. Nobody asked about my grades, they just wanted me to turn up.',
    },
  },
  {
    slug: 'driver',
    name: 'Warehouse and delivery driver',
    summary: 'Store, pack and move things, and get them to the right place.',
    day: 'You pick and pack orders in a warehouse, or load a van and drive to customers. You might drive a forklift truck. You keep busy and on your feet all day.',
    pay: { start: 'About £10.85 to £12.71 an hour', later: 'About £28,000 to £38,000 a year as a lorry driver' },
    leadsTo: 'A forklift or lorry licence, a warehouse supervisor, or planning deliveries.',
    likes: ['driving', 'outdoors'],
    ways: ['hands', 'alone', 'team', 'outside'],
    canStartWithoutQualifications: true,
    categories: ['warehouse-and-deliveries', 'transport-work', 'working-at-sea'],
    area: 'warehouses-and-transport',
    picture: picture('warehouse-and-deliveries'),
    story: {
      name: 'Dan',
      age: 20,
      transcript:
        'I got my forklift licence through a training place. Now I work at a big warehouse near the motorway. When I turn 21 they will help me get my lorry licence. I like being out on the road.',
    },
  },
  {
    slug: 'care-worker',
    name: 'Care worker',
    summary: 'Help older people and disabled people live well.',
    day: 'You visit people in their homes or work in a care home. You help them wash, dress and eat, have a chat and make sure they are safe and happy. Sometimes you are the only person they see that day.',
    pay: { start: 'About £10.85 to £12.71 an hour', later: 'About £24,000 to £30,000 a year as a senior carer' },
    leadsTo: 'A senior carer, a nursing apprenticeship, or managing a care home.',
    likes: ['caring', 'talking'],
    ways: ['people', 'team', 'indoors'],
    canStartWithoutQualifications: true,
    categories: ['caring-for-older-people', 'health-support-work'],
    area: 'health-and-care',
    picture: picture('caring-for-older-people'),
    story: {
      name: 'Jade',
      age: 18,
      transcript:
        'I looked after my nan when she was poorly, so I knew I could do it. Mrs Holt tells me about dancing in the 1960s. Making someone smile is the best part of my day.',
    },
  },
  {
    slug: 'healthcare',
    name: 'Healthcare assistant',
    summary: 'Help nurses, doctors and dentists look after patients.',
    day: 'You work in a hospital, a surgery or a dental practice. You help patients feel calm, take things like temperatures, and keep everything clean and ready. You are part of a big team.',
    pay: { start: 'About £24,000 a year in the NHS', later: 'About £30,000 to £38,000 a year as a nurse' },
    leadsTo: 'A nursing or dental nursing apprenticeship, a paramedic, or a nursing degree.',
    likes: ['caring', 'science', 'talking'],
    ways: ['people', 'team', 'indoors'],
    canStartWithoutQualifications: false,
    categories: ['nursing', 'dental-nursing', 'health-support-work'],
    area: 'health-and-care',
    picture: picture('nursing'),
    story: {
      name: 'Mo',
      age: 19,
      transcript:
        'I work on a children’s ward. I do the little things that make a big difference, like finding a teddy or a film. The NHS is paying for me to train as a nurse while I work.',
    },
  },
  {
    slug: 'nursery',
    name: 'Nursery worker',
    summary: 'Play with young children, care for them and help them learn.',
    day: 'You plan games, songs and messy play for babies and young children. You help them eat, sleep and learn to share. You tell parents how their child’s day went.',
    pay: { start: 'From £8.00 an hour as an apprentice', later: 'About £22,000 to £28,000 a year as a room leader' },
    leadsTo: 'A room leader, a teaching assistant, a nursery manager, or a teacher.',
    likes: ['children', 'caring', 'music', 'art'],
    ways: ['people', 'team', 'indoors'],
    canStartWithoutQualifications: true,
    categories: ['nursery-and-childcare'],
    area: 'looking-after-children',
    picture: picture('nursery-and-childcare'),
    story: {
      name: 'Chloe',
      age: 17,
      transcript:
        'I am the oldest of five, so I am used to little ones. I do my apprenticeship at a nursery in Halifax. Every day there is glitter everywhere. The children run up and hug me in the morning.',
    },
  },
  {
    slug: 'chef',
    name: 'Chef and baker',
    summary: 'Cook, bake and serve food in cafés, kitchens and shops.',
    day: 'You get food ready, cook meals or bake bread and cakes, and keep the kitchen clean and safe. It is busy and hot, and you work fast as a team.',
    pay: { start: 'From £8.00 an hour as an apprentice', later: 'About £24,000 to £35,000 a year as a head chef' },
    leadsTo: 'A head chef, a pastry chef, running a café, or working in hotels around the world.',
    likes: ['cooking', 'art'],
    ways: ['hands', 'making', 'team', 'indoors'],
    canStartWithoutQualifications: true,
    categories: ['cooking-and-serving-food', 'bakery', 'butcher'],
    area: 'food-and-cooking',
    picture: picture('cooking-and-serving-food'),
    story: {
      name: 'Leon',
      age: 18,
      transcript:
        'I used to cook tea for my brothers. A café took me on for work experience and then offered me an apprenticeship. Saturday nights are mad busy but I love it. I want my own restaurant one day.',
    },
  },
  {
    slug: 'hairdresser',
    name: 'Hairdresser and barber',
    summary: 'Cut and style hair, and help people feel good.',
    day: 'You wash, cut, colour and style hair. You chat with customers, find out what they want and keep the salon tidy. Your work walks out of the door for everyone to see.',
    pay: { start: 'From £8.00 an hour as an apprentice', later: 'About £20,000 to £30,000 a year, plus tips' },
    leadsTo: 'A senior stylist, a colour expert, working on shows and films, or your own salon.',
    likes: ['looks', 'talking', 'art'],
    ways: ['hands', 'people', 'indoors'],
    canStartWithoutQualifications: true,
    categories: ['hairdressing-and-barbering'],
    area: 'hair-and-beauty',
    picture: picture('hairdressing-and-barbering'),
    story: {
      name: 'Marcus',
      age: 19,
      transcript:
        'I cut all my mates’ hair in my bedroom. Now I am a junior barber. The chat is half the job. I have regulars who only want me. I am saving up for my own chair.',
    },
  },
  {
    slug: 'beauty',
    name: 'Beauty therapist',
    summary: 'Do nails, make-up and skin care, and help people relax.',
    day: 'You do nails, eyebrows, make-up and facials. You talk with clients about what they would like and keep everything very clean. It is creative and calm work.',
    pay: { start: 'From £8.00 an hour as an apprentice', later: 'About £20,000 to £28,000 a year' },
    leadsTo: 'A spa therapist, make-up for weddings and shows, or your own beauty business.',
    likes: ['looks', 'art', 'caring'],
    ways: ['hands', 'people', 'indoors'],
    canStartWithoutQualifications: true,
    categories: ['beauty-therapy'],
    area: 'hair-and-beauty',
    picture: picture('beauty-therapy'),
    story: {
      name: 'Amira',
      age: 18,
      transcript:
        'I post my nail designs online. My tutor said I could turn it into a job. I did a Level 2 at college and now I work in a salon. Brides cry happy tears when they see their make-up.',
    },
  },
  {
    slug: 'shop',
    name: 'Shop and customer service',
    summary: 'Help customers, sell things and keep a shop looking good.',
    day: 'You help customers find things, work on the till and fill shelves. You sort out problems with a smile, in the shop or on the phone. There are lots of part-time hours.',
    pay: { start: 'About £10.85 to £12.71 an hour', later: 'About £25,000 to £35,000 a year as a store manager' },
    leadsTo: 'A supervisor, a store manager, buying stock, or a head office job.',
    likes: ['talking', 'numbers'],
    ways: ['people', 'team', 'indoors'],
    canStartWithoutQualifications: true,
    categories: ['shop-work', 'helping-customers', 'selling-by-phone', 'street-and-doorstep-sales'],
    area: 'shops-and-selling',
    picture: picture('shop-work'),
    story: {
      name: 'Ellie',
      age: 17,
      transcript:
        'My first job was Saturdays at a sports shop. I was shy at first. Now I train the new starters. Talking to customers every day gave me loads of confidence.',
    },
  },
  {
    slug: 'office',
    name: 'Office and admin worker',
    summary: 'Help a business run well. Deal with emails, calls and records.',
    day: 'You answer the phone and emails, type letters, keep records tidy on the computer and help your team get things done. You might greet visitors at the front desk.',
    pay: { start: 'From £8.00 an hour as an apprentice', later: 'About £22,000 to £30,000 a year' },
    leadsTo: 'An office manager, a personal assistant, human resources, or a team leader.',
    likes: ['talking', 'computers', 'numbers'],
    ways: ['people', 'team', 'alone', 'indoors'],
    canStartWithoutQualifications: true,
    categories: ['office-and-admin-work', 'answering-calls', 'business-support'],
    area: 'offices-and-admin',
    picture: picture('office-and-admin-work'),
    story: {
      name: 'Liam',
      age: 18,
      transcript:
        'I like things organised. I am a business admin apprentice at the council. I sort the diaries and answer the phones. I even run the team’s meetings now. It is a proper job with a proper wage.',
    },
  },
  {
    slug: 'finance',
    name: 'Money and accounts assistant',
    summary: 'Work with money and numbers to help a business do well.',
    day: 'You keep track of money coming in and going out, check bills and payments, and use spreadsheets. You help customers with their accounts at a bank or an insurance firm.',
    pay: { start: 'From £8.00 an hour as an apprentice', later: 'About £25,000 to £40,000 a year' },
    leadsTo: 'An accountant, a bank manager, a business manager, or marketing.',
    likes: ['numbers', 'computers', 'talking'],
    ways: ['alone', 'team', 'indoors'],
    canStartWithoutQualifications: false,
    categories: ['accounts-and-bookkeeping', 'banking', 'finance-work', 'insurance', 'trainee-manager', 'marketing-and-adverts'],
    area: 'money-and-business',
    picture: picture('accounts-and-bookkeeping'),
    story: {
      name: 'Hannah',
      age: 19,
      transcript:
        'I was good at maths but did not want to go to uni. I am an accounts apprentice and my firm pays for my exams. I will be a qualified accountant and have no student loan.',
    },
  },
  {
    slug: 'it-support',
    name: 'IT support technician',
    summary: 'Set up computers and help people fix problems with them.',
    day: 'You set up laptops, phones and printers, and help people when their computer goes wrong. You might fix networks and keep data safe from hackers.',
    pay: { start: 'From £8.00 an hour as an apprentice', later: 'About £25,000 to £35,000 a year' },
    leadsTo: 'A network engineer, cyber security, or managing a company’s computers.',
    likes: ['computers', 'fixing', 'talking'],
    ways: ['people', 'alone', 'indoors'],
    canStartWithoutQualifications: false,
    categories: ['it-support', 'computer-operator'],
    area: 'computers-and-it',
    picture: picture('it-support'),
    story: {
      name: 'Josh',
      age: 18,
      transcript:
        'Everyone in my family asks me to fix their laptop. Now I get paid for it. I work at a school, fixing the tablets and the wifi. The teachers think I am a wizard.',
    },
  },
  {
    slug: 'coder',
    name: 'Coder and game maker',
    summary: 'Write the instructions that make apps, websites and games work.',
    day: 'You write code to build websites, apps or games. You test what you made, find bugs and fix them. You work with designers to make things easy to use.',
    pay: { start: 'About £22,000 a year as an apprentice', later: 'About £35,000 to £50,000 a year' },
    leadsTo: 'A software developer, a games programmer, data work, or your own app.',
    likes: ['computers', 'science', 'art', 'numbers'],
    ways: ['making', 'alone', 'team', 'indoors'],
    canStartWithoutQualifications: false,
    categories: ['programming', 'computer-design-cad'],
    area: 'computers-and-it',
    picture: picture('programming'),
    story: {
      name: 'Zain',
      age: 19,
      transcript:
        'I started making games when I was twelve. I did a digital T level and now I am a junior developer. I work on an app that thousands of people use. I still make games at the weekend.',
    },
  },
  {
    slug: 'designer',
    name: 'Graphic designer and printer',
    summary: 'Design posters, logos, signs and websites, and print them.',
    day: 'You use a computer to design logos, posters, signs and social media posts. You listen to what a customer wants and show them ideas. Some days you print and make the signs.',
    pay: { start: 'From £8.00 an hour as an apprentice', later: 'About £22,000 to £32,000 a year' },
    leadsTo: 'A senior designer, an art director, animation, or working for yourself.',
    likes: ['art', 'computers', 'looks'],
    ways: ['making', 'alone', 'indoors'],
    canStartWithoutQualifications: false,
    categories: ['graphic-design', 'printing', 'sign-making', 'marketing-and-adverts'],
    area: 'art-design-and-performing',
    picture: picture('graphic-design'),
    story: {
      name: 'Ruby',
      age: 18,
      transcript:
        'I was always drawing in the back of my books. Now I design logos for local firms. Seeing my sign on a shop in town is the best feeling. I keep all my work in my portfolio.',
    },
  },
  {
    slug: 'performer',
    name: 'Dancer and performer',
    summary: 'Dance, sing and perform, and teach others to move to music.',
    day: 'You practise and rehearse, perform in shows, and run classes for children and adults. Many performers have more than one job, like teaching and working in theatres.',
    pay: { start: 'Often paid by the show or class, about £12 to £20 an hour', later: 'About £20,000 to £35,000 a year, mixing shows and teaching' },
    leadsTo: 'A dance teacher, a theatre job on or off stage, or running your own dance school.',
    likes: ['music', 'sport', 'art'],
    ways: ['people', 'team', 'indoors'],
    canStartWithoutQualifications: true,
    categories: ['dance'],
    area: 'art-design-and-performing',
    picture: picture('dance'),
    story: {
      name: 'Kayla',
      age: 17,
      transcript:
        'Dance is the only time my head goes quiet. I do a performing arts course at college. I also help teach the little ones on Saturdays. They call me Miss Kayla.',
    },
  },
  {
    slug: 'hospitality',
    name: 'Hotel, bar and travel worker',
    summary: 'Welcome guests, serve drinks and help people plan trips.',
    day: 'You welcome guests at a hotel desk, serve food and drinks, or help people book holidays. You meet new people every day and help them have a good time.',
    pay: { start: 'About £10.85 to £12.71 an hour, plus tips', later: 'About £25,000 to £35,000 a year as a manager' },
    leadsTo: 'A hotel or bar manager, events, or jobs in hotels and on cruise ships abroad.',
    likes: ['talking', 'cooking'],
    ways: ['people', 'team', 'indoors'],
    canStartWithoutQualifications: true,
    categories: ['bar-work', 'hotel-reception', 'travel-agent'],
    area: 'hotels-bars-and-travel',
    picture: picture('hotel-reception'),
    story: {
      name: 'Sophie',
      age: 19,
      transcript:
        'I work on the front desk of a hotel. I have met people from all over the world. My manager is sending me on a course to run events. I want to work on a cruise ship one day.',
    },
  },
  {
    slug: 'fitness',
    name: 'Fitness instructor and coach',
    summary: 'Help people get fit at gyms, pools and sports clubs.',
    day: 'You show people how to use the gym safely, run classes, coach teams or work as a lifeguard at the pool. You keep people motivated and safe.',
    pay: { start: 'From £8.00 an hour as an apprentice', later: 'About £20,000 to £30,000 a year, more as a personal trainer' },
    leadsTo: 'A personal trainer, a sports coach, a leisure centre manager, or sports science.',
    likes: ['sport', 'caring', 'talking'],
    ways: ['people', 'team', 'indoors', 'outside'],
    canStartWithoutQualifications: true,
    categories: ['fitness-instructor', 'leisure-centre-and-pool', 'sport-as-a-job'],
    area: 'sport-and-fitness',
    picture: picture('fitness-instructor'),
    story: {
      name: 'Nathan',
      age: 19,
      transcript:
        'Football kept me out of trouble. Now I coach under-tens on Saturdays and work at the leisure centre in the week. I am doing my personal trainer course next.',
    },
  },
  {
    slug: 'protective',
    name: 'Firefighter and armed forces',
    summary: 'Join the fire service, the army or the navy and help protect people.',
    day: 'You train hard to stay fit, learn to use special kit and practise for emergencies. You help people when things go wrong, and work as a close team.',
    pay: { start: 'About £24,000 a year in training', later: 'About £30,000 to £40,000 a year' },
    leadsTo: 'A trade like engineering or driving, a leader of a team, or a crew manager.',
    likes: ['sport', 'outdoors', 'caring', 'driving'],
    ways: ['team', 'hands', 'outside'],
    canStartWithoutQualifications: true,
    categories: ['fire-service', 'army', 'royal-navy'],
    area: 'keeping-people-safe',
    picture: picture('fire-service'),
    story: {
      name: 'Ben',
      age: 20,
      transcript:
        'I joined the army at 18 and trained as a mechanic. I have been to Cyprus and Canada. It is hard work, but the lads in my team are like brothers.',
    },
  },
  {
    slug: 'farm',
    name: 'Farm and countryside worker',
    summary: 'Look after animals, crops and the countryside.',
    day: 'You feed and care for animals, drive tractors, grow crops or look after paths, woods and rivers. You are outside in all weather, and the early mornings are beautiful.',
    pay: { start: 'From £8.00 an hour as an apprentice', later: 'About £22,000 to £30,000 a year' },
    leadsTo: 'A farm manager, a countryside ranger, working with farm machines, or your own farm business.',
    likes: ['animals', 'outdoors', 'driving'],
    ways: ['hands', 'alone', 'outside'],
    canStartWithoutQualifications: true,
    categories: ['farm-work', 'looking-after-nature', 'farm-machine-engineering'],
    area: 'farms-gardens-and-animals',
    picture: picture('farm-work'),
    story: {
      name: 'Owen',
      age: 17,
      transcript:
        'I hate being stuck inside. I work on a sheep farm near Hebden Bridge. Lambing time is hard, but holding a newborn lamb is amazing. I got my tractor licence this year.',
    },
  },
  {
    slug: 'gardener',
    name: 'Gardener and landscaper',
    summary: 'Grow plants, look after gardens and parks, and build new ones.',
    day: 'You cut grass, plant flowers and trees, and build paths, walls and patios. You use tools and machines outside, and make places look good.',
    pay: { start: 'From £8.00 an hour as an apprentice', later: 'About £22,000 to £30,000 a year' },
    leadsTo: 'A head gardener, a park ranger, garden design, or your own gardening business.',
    likes: ['outdoors', 'looks', 'building'],
    ways: ['hands', 'making', 'alone', 'outside'],
    canStartWithoutQualifications: true,
    categories: ['gardening-and-plants', 'looking-after-nature'],
    area: 'farms-gardens-and-animals',
    picture: picture('gardening-and-plants'),
    story: {
      name: 'Lucy',
      age: 18,
      transcript:
        'I started volunteering at a community garden when I was not in school. It helped me a lot. Now I am a gardening apprentice with the council. I planted half the flowers in the park.',
    },
  },
  {
    slug: 'animal-care',
    name: 'Animal care and dog grooming',
    summary: 'Look after pets, groom dogs and keep animals healthy.',
    day: 'You wash, brush and trim dogs, and look after animals in kennels, pet shops or vets. You keep animals calm and happy, and talk to their owners.',
    pay: { start: 'From £8.00 an hour as an apprentice', later: 'About £20,000 to £26,000 a year' },
    leadsTo: 'A veterinary nurse, running kennels, or your own grooming business.',
    likes: ['animals', 'caring', 'looks'],
    ways: ['hands', 'people', 'indoors'],
    canStartWithoutQualifications: true,
    categories: ['dog-grooming'],
    area: 'farms-gardens-and-animals',
    picture: picture('dog-grooming'),
    story: {
      name: 'Tia',
      age: 18,
      transcript:
        'Dogs do not judge you. I work at a grooming salon and every dog is different. A nervous one was shaking at first and now he runs in to see me. I want to be a vet nurse.',
    },
  },
  {
    slug: 'lab',
    name: 'Lab technician',
    summary: 'Do careful tests to find out what things are made of.',
    day: 'You get tests ready, check samples of things like water, food or medicine, and write down the results. You follow safety rules and work very carefully.',
    pay: { start: 'From £8.00 an hour as an apprentice', later: 'About £24,000 to £32,000 a year' },
    leadsTo: 'A senior scientist, a science degree paid for by your employer, or making medicines.',
    likes: ['science', 'numbers', 'computers'],
    ways: ['hands', 'alone', 'team', 'indoors'],
    canStartWithoutQualifications: false,
    categories: ['lab-assistant', 'science-lab-work'],
    area: 'science-and-labs',
    picture: picture('lab-assistant'),
    story: {
      name: 'Ellis',
      age: 19,
      transcript:
        'I liked science at school but not the exams. I am a lab apprentice at a water company. I test the water people drink. It matters, and I am good at it.',
    },
  },
  {
    slug: 'cleaning',
    name: 'Cleaner and caretaker',
    summary: 'Keep places clean, tidy and safe, and lend a hand.',
    day: 'You clean offices, schools, hospitals or windows, and do small jobs like changing bulbs. You often work early or late, on your own or in a small team.',
    pay: { start: 'About £10.85 to £12.71 an hour', later: 'About £22,000 to £28,000 a year as a supervisor or caretaker' },
    leadsTo: 'A supervisor, a school caretaker, or your own cleaning business.',
    likes: ['fixing', 'outdoors'],
    ways: ['hands', 'alone', 'indoors', 'outside'],
    canStartWithoutQualifications: true,
    categories: ['window-cleaning', 'general-help-jobs'],
    area: 'cleaning-and-helping-out',
    picture: picture('window-cleaning'),
    story: {
      name: 'Jordan',
      age: 20,
      transcript:
        'I started cleaning at a hospital to get some money. Now I am the caretaker at a primary school. I fix things, open up in the morning and the kids say hello. I like being useful.',
    },
  },
  {
    slug: 'try-out',
    name: 'Try out different jobs',
    summary: 'Short courses where you try jobs and build your confidence.',
    day: 'You try out a few kinds of work, learn what employers want, and practise things like interviews. You get help with English, maths and confidence at your own pace.',
    pay: { start: 'Usually free, and some pay you an allowance', later: 'Leads on to paid work, an apprenticeship or a course' },
    leadsTo: 'An apprenticeship, a college course or a first job, once you know what you like.',
    likes: [],
    ways: ['people', 'team', 'hands'],
    canStartWithoutQualifications: true,
    categories: ['getting-ready-for-work-courses'],
    area: 'getting-ready-for-work',
    picture: picture('getting-ready-for-work-courses'),
    story: {
      name: 'Kai',
      age: 17,
      transcript:
        'I had no idea what I wanted to do. On the course I tried building, cooking and working in a shop. I found out I like cooking. Now I am on a catering course.',
    },
  },
];

export function findKindOfWork(slug: string): KindOfWork | null {
  return KINDS_OF_WORK.find((kind) => kind.slug === slug) ?? null;
}
