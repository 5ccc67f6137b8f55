package no.turnus.geo;

import java.util.List;

/**
 * Travel from coordinates, for municipalities without a routing engine: the straight line (haversine) times
 * a detour factor, at a speed, both by area type (a leg takes the rougher of its two ends' area types); plus
 * declared ferry links. A trip goes over one or more ferries when that is quicker than the road round: the
 * shortest path over road legs and ferry edges, computed once with Floyd–Warshall over the quays (few) and then
 * one pass over all pairs of locations.
 */
public final class CoordinateTravel {

    private static final double EARTH_RADIUS_M = 6_371_008.8;

    private CoordinateTravel() {
    }

    /** Great-circle distance in metres. */
    public static double haversineMeters(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    public static TravelMatrix compute(List<Location> locations, List<FerryLink> ferries, RoadSettings settings) {
        int n = locations.size();
        int q = 2 * ferries.size();
        // Nodes 0..n-1 are the locations, n..n+q-1 the quays (A then B of each link).
        int nodes = n + q;
        double[] lat = new double[nodes];
        double[] lon = new double[nodes];
        int[] area = new int[nodes];
        for (Location location : locations) {
            lat[location.index()] = location.latitude();
            lon[location.index()] = location.longitude();
            area[location.index()] = location.area().ordinal();
        }
        for (int f = 0; f < ferries.size(); f++) {
            FerryLink link = ferries.get(f);
            int a = n + 2 * f;
            lat[a] = link.latitudeA();
            lon[a] = link.longitudeA();
            lat[a + 1] = link.latitudeB();
            lon[a + 1] = link.longitudeB();
            // A ferry without an area type crosses a fjord: the roads to its quays are fjord roads.
            area[a] = area[a + 1] = (link.area() == null ? AreaType.FJORD : link.area()).ordinal();
        }
        Road road = new Road(lat, lon, area, settings.detours(), settings.speeds());

        // All-pairs over quays only, by road or ferry (Floyd–Warshall; q is tiny).
        double[][] quaySec = new double[q][q];
        double[][] quayM = new double[q][q];
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                quaySec[i][j] = road.seconds(n + i, n + j);
                quayM[i][j] = road.meters(n + i, n + j);
            }
        }
        for (int f = 0; f < ferries.size(); f++) {
            double sec = ferries.get(f).minutesQuayToQuay() * 60;
            double m = haversineMeters(lat[n + 2 * f], lon[n + 2 * f], lat[n + 2 * f + 1], lon[n + 2 * f + 1]);
            for (int[] dir : new int[][] {{2 * f, 2 * f + 1}, {2 * f + 1, 2 * f}}) {
                if (sec < quaySec[dir[0]][dir[1]]) {
                    quaySec[dir[0]][dir[1]] = sec;
                    quayM[dir[0]][dir[1]] = m;
                }
            }
        }
        for (int k = 0; k < q; k++) {
            for (int i = 0; i < q; i++) {
                for (int j = 0; j < q; j++) {
                    if (quaySec[i][k] + quaySec[k][j] < quaySec[i][j]) {
                        quaySec[i][j] = quaySec[i][k] + quaySec[k][j];
                        quayM[i][j] = quayM[i][k] + quayM[k][j];
                    }
                }
            }
        }
        // Quay to quay through at least one crossing: reach a ferry's quay, cross, go on.
        double[][] viaSec = new double[q][q];
        double[][] viaM = new double[q][q];
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                viaSec[i][j] = Double.POSITIVE_INFINITY;
                for (int f = 0; f < ferries.size(); f++) {
                    double sec = ferries.get(f).minutesQuayToQuay() * 60;
                    double m = haversineMeters(lat[n + 2 * f], lon[n + 2 * f], lat[n + 2 * f + 1], lon[n + 2 * f + 1]);
                    for (int s = 0; s < 2; s++) {
                        int from = 2 * f + s;
                        int to = 2 * f + 1 - s;
                        double t = quaySec[i][from] + sec + quaySec[to][j];
                        if (t < viaSec[i][j]) {
                            viaSec[i][j] = t;
                            viaM[i][j] = quayM[i][from] + m + quayM[to][j];
                        }
                    }
                }
            }
        }
        double[][] toQuaySec = new double[n][q];
        double[][] toQuayM = new double[n][q];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < q; p++) {
                toQuaySec[i][p] = road.seconds(i, n + p);
                toQuayM[i][p] = road.meters(i, n + p);
            }
        }
        int[] seconds = new int[n * n];
        int[] meters = new int[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                double bestSec = road.seconds(i, j);
                double bestM = road.meters(i, j);
                for (int p = 0; p < q; p++) {
                    for (int r = 0; r < q; r++) {
                        // Road legs are symmetric: quay r to location j equals j to quay r.
                        double t = toQuaySec[i][p] + viaSec[p][r] + toQuaySec[j][r];
                        if (t < bestSec) {
                            bestSec = t;
                            bestM = toQuayM[i][p] + viaM[p][r] + toQuayM[j][r];
                        }
                    }
                }
                seconds[i * n + j] = (int) Math.round(bestSec);
                meters[i * n + j] = (int) Math.round(bestM);
            }
        }
        return new ArrayTravelMatrix(n, seconds, meters);
    }

    /** A road leg between two nodes: straight line × detour at the speed of the rougher area type. */
    private record Road(double[] lat, double[] lon, int[] area, double[] detour, double[] speedKmh) {

        double meters(int a, int b) {
            int type = Math.max(area[a], area[b]);
            return haversineMeters(lat[a], lon[a], lat[b], lon[b]) * detour[type];
        }

        double seconds(int a, int b) {
            int type = Math.max(area[a], area[b]);
            return meters(a, b) / (speedKmh[type] / 3.6);
        }
    }
}
