import { SERVICE_TAGLINE } from '@/lib/site';

export default function HomePage() {
  return (
    <div>
      <h1 className="text-3xl font-bold">What do you want to do next?</h1>
      <p className="mt-4 max-w-prose">{SERVICE_TAGLINE}</p>
    </div>
  );
}
