/** Why an input cannot be ingested; `field` names the input field (or "file") at fault. */
export class IngestInputError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'IngestInputError';
  }
}
