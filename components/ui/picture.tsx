import { getImageProps, type ImageProps } from 'next/image';
import { preload } from 'react-dom';

/** A council's own picture (served from /api/…) is already a small JPEG made on upload: shown as it is, not optimised again. */
function isUploadedPicture(src: string): boolean {
  return src.startsWith('/api/');
}

/**
 * A picture with next/image's sizes and optimised sources, drawn as a plain `<img>` on the server.
 * next/image's `<Image>` is a client component: every page that shows one downloads and hydrates it (about
 * 6.6 KB compressed), although our pictures never change after the page loads. This gives the same markup
 * with no JavaScript (docs/decisions/038-pictures-without-javascript.md). `priority` preloads the picture
 * and asks for it first, as `<Image priority>` does. An uploaded picture is drawn as it is.
 */
export function Picture({ priority, ...imageProps }: ImageProps) {
  const unoptimized = imageProps.unoptimized ?? (typeof imageProps.src === 'string' && isUploadedPicture(imageProps.src));
  const { props } = getImageProps({ ...imageProps, unoptimized, preload: priority });
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
