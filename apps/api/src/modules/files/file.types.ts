/** A stored file as other modules see it (the entity stays inside the files module). */
export interface StoredFile {
  id: string;
  organizationId: string;
  sha256: string;
  size: string;
  contentType: string;
  originalName: string;
  createdAt: Date;
}
