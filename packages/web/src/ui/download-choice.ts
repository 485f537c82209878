// One file offered for download: its label, its API path and the name to save it under.
export interface DownloadChoice {
  label: string;
  path: string;
  fileName: string;
}
