import sharp from 'sharp';

/**
 * sharp, configured once for every service that decodes images. libvips'
 * operation cache keeps recent operations — and the input buffers they
 * reference — alive to answer an identical repeated call. Imports and exports
 * decode each photo once, and the import reuses its read buffers, so the
 * cache would only hold memory and hash every call for nothing.
 */
sharp.cache(false);

export default sharp;
