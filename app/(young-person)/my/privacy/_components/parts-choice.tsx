import { PictureChoiceCard, PictureChoiceGroup } from '@/components/ui/picture-choice-card';

export type PartChoice = { value: string; label: string; description: string; imagePath: string };

/**
 * "What can they see?": a picture card for each part of the record. The first card has the id `<name>-first`,
 * for the error summary's link.
 */
export function PartsChoice({
  name,
  parts,
  chosenParts,
  errorMessage,
}: {
  name: string;
  parts: PartChoice[];
  chosenParts: string[];
  errorMessage?: string;
}) {
  return (
    <PictureChoiceGroup
      selectionMode="multiple"
      name={name}
      label="What can they see?"
      description="Tap all the pictures you want to share"
      defaultValue={chosenParts}
      errorMessage={errorMessage}
    >
      {parts.map((part, index) => (
        <PictureChoiceCard
          key={part.value}
          id={index === 0 ? `${name}-first` : undefined}
          value={part.value}
          label={part.label}
          description={part.description}
          imageSrc={part.imagePath}
        />
      ))}
    </PictureChoiceGroup>
  );
}
