import { getImageProps, type ImageProps } from 'next/image';
import { preload } from 'react-dom';

/**
 * A picture with next/image's sizes and optimised sources, drawn as a plain `<img>` on the server.
 * next/image's `<Image>` is a client component: every page that shows one downloads and hydrates it (about
 * 6.6 KB compressed), although our pictures never change after the page loads. This gives the same markup
 * with no JavaScript (docs/decisions/038-pictures-without-javascript.md). `priority` preloads the picture
 * and asks for it first, as `<Image priority>` does.
 */
export function Picture({ priority, ...imageProps }: ImageProps) {
  const { props } = getImageProps({ ...imageProps, preload: priority });
  if (priority) {
    preload(props.src, {
      as: 'image',
      imageSrcSet: props.srcSet,
      imageSizes: props.sizes,
      fetchPriority: 'high',
    });
  }
  // Alt text comes with the props (ImageProps requires it).
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text
  return <img {...props} fetchPriority={priority ? 'high' : props.fetchPriority} />;
}
