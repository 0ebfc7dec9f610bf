import type { Request } from '../../../electron/shared/contract';
import type { TripSummary } from '../../../electron/shared/schemas/document';
import type { Trip } from '../../../electron/shared/schemas/trip';
import { call, errorMessage } from '../../core/api';
import type { SliceCreator } from '../../core/store';

export interface TripsSlice {
  trips: TripSummary[];
  tripsLoaded: boolean;
  tripsError: string | null;
  loadTrips(): Promise<void>;
  /** Creates a trip and opens it; throws ApiError so the form can show the field. */
  createTrip(input: Request<'trips.create'>): Promise<Trip>;
  updateTrip(tripId: string, patch: Request<'trips.update'>['patch']): Promise<Trip>;
}

export const createTripsSlice: SliceCreator<TripsSlice> = (set, get) => ({
  trips: [],
  tripsLoaded: false,
  tripsError: null,
  async loadTrips() {
    try {
      set({ trips: await call('trips.list', {}), tripsLoaded: true, tripsError: null });
    } catch (error) {
      set({ tripsLoaded: true, tripsError: errorMessage(error) });
    }
  },
  async createTrip(input) {
    const trip = await call('trips.create', input);
    await get().loadTrips();
    await get().openTrip(trip.id);
    return trip;
  },
  async updateTrip(tripId, patch) {
    const trip = await call('trips.update', { tripId, patch });
    // Photos may have moved (a new zone or day-start hour): take the trip whole again.
    if (get().doc?.trip.id === tripId) await get().reloadTrip();
    await get().loadTrips();
    return trip;
  },
});
