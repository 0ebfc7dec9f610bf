import { z } from 'zod';

/** One backup of a trip file (`backups/<tripId>/<name>`), as listed and restored. */
export const BackupInfo = z.object({
  name: z.string(),
  file: z.string(),
  takenAt: z.string(),
  bytes: z.number(),
  tag: z.string().optional(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;
