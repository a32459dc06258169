export interface BaselineHit {
  entityId: string;
  score: number;
}

/** A search a developer might use instead of Vigil: every hit it returns is an alert. */
export interface Baseline {
  name: string;
  search(query: string): BaselineHit[];
}
