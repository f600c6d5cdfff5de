import { PictureChoiceCard, PictureChoiceGroup } from './picture-choice-card';

const pictures = {
  building: '/images/gallery/building.svg',
  caring: '/images/gallery/caring.svg',
  creative: '/images/gallery/creative.svg',
  computers: '/images/gallery/computers.svg',
};

export function Links() {
  return (
    <PictureChoiceGroup label="Types of work">
      <PictureChoiceCard href="/gallery#picture-choice-card" imageSrc={pictures.building} label="Building" description="42 places" />
      <PictureChoiceCard href="/gallery#picture-choice-card" imageSrc={pictures.caring} label="Caring" description="18 places" />
      <PictureChoiceCard href="/gallery#picture-choice-card" imageSrc={pictures.creative} label="Art and design" />
      <PictureChoiceCard href="/gallery#picture-choice-card" imageSrc={pictures.computers} label="Computers" />
    </PictureChoiceGroup>
  );
}

export function Default() {
  return (
    <PictureChoiceGroup
      selectionMode="multiple"
      name="interests"
      label="What do you like doing?"
      description="Tap all the pictures you like"
      defaultValue={['creative']}
    >
      <PictureChoiceCard value="building" imageSrc={pictures.building} label="Making and fixing things" />
      <PictureChoiceCard value="caring" imageSrc={pictures.caring} label="Helping people" />
      <PictureChoiceCard value="creative" imageSrc={pictures.creative} label="Art and design" />
      <PictureChoiceCard value="computers" imageSrc={pictures.computers} label="Computers" />
    </PictureChoiceGroup>
  );
}

export function Radios() {
  return (
    <PictureChoiceGroup selectionMode="single" name="area" label="Which one do you like most?">
      <PictureChoiceCard value="building" imageSrc={pictures.building} label="Building" />
      <PictureChoiceCard value="caring" imageSrc={pictures.caring} label="Caring" />
      <PictureChoiceCard value="creative" imageSrc={pictures.creative} label="Creative" />
    </PictureChoiceGroup>
  );
}

export function Invalid() {
  return (
    <PictureChoiceGroup
      selectionMode="multiple"
      name="skills"
      label="What are you good at?"
      errorMessage="Tap at least one picture"
    >
      <PictureChoiceCard id="pc-invalid-first" value="building" imageSrc={pictures.building} label="Fixing things" />
      <PictureChoiceCard value="caring" imageSrc={pictures.caring} label="Looking after people" />
      <PictureChoiceCard value="computers" imageSrc={pictures.computers} label="Computers" />
    </PictureChoiceGroup>
  );
}

export function Disabled() {
  return (
    <PictureChoiceGroup selectionMode="multiple" name="closedAreas" label="Areas with places this month">
      <PictureChoiceCard value="caring" imageSrc={pictures.caring} label="Caring" />
      <PictureChoiceCard value="building" imageSrc={pictures.building} label="Building" description="No places" isDisabled />
    </PictureChoiceGroup>
  );
}

export function LongText() {
  return (
    <PictureChoiceGroup selectionMode="multiple" name="longInterests" label="What would you like to try?">
      <PictureChoiceCard
        value="care"
        imageSrc={pictures.caring}
        label="Looking after older people in their own homes"
        description="Care work"
      />
      <PictureChoiceCard
        value="it"
        imageSrc={pictures.computers}
        label="Fixing computers and setting up networks for small businesses"
      />
    </PictureChoiceGroup>
  );
}
