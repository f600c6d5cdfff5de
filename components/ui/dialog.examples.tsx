import { Button } from './button';
import { Dialog, DialogTrigger } from './dialog';

export function Default() {
  return (
    <DialogTrigger>
      <Button variant="secondary">What is an apprenticeship?</Button>
      <Dialog heading="What is an apprenticeship?">
        <p>An apprenticeship is a real job where you also learn. You get paid, and you spend some time at college.</p>
      </Dialog>
    </DialogTrigger>
  );
}

export function LongText() {
  return (
    <DialogTrigger>
      <Button variant="secondary">Who can see my CV?</Button>
      <Dialog heading="Who can see my CV, my photos and my videos when I send an application?">
        <div className="flex flex-col gap-4">
          <p>Your CV is private. Only you can see it until you choose to share it.</p>
          <p>
            When you apply for a course or a job, the place you apply to can see the CV you sent them. They cannot see
            your other photos or videos.
          </p>
          <p>Your adviser can see your CV if you say yes. You can see who has looked at it.</p>
          <p>If you share a link to your CV, the link stops working after 30 days.</p>
        </div>
      </Dialog>
    </DialogTrigger>
  );
}
