package dev.microtower.forecasting.engine;

import dev.microtower.network.domain.Node;
import java.time.ZoneOffset;
import java.util.Collection;

/**
 * The time zone a network's days are counted in, guessed from where its sites are: the whole hours
 * of the sites' mean longitude (15° an hour), UTC for a network without sites. A fixed offset: it
 * ignores summer time, so an order in the last hour before midnight in summer counts on the next
 * day; every other order lands on its local day (counting in UTC moved every evening order of a network
 * eight hours west of UTC to the next day).
 */
public final class NetworkTimeZone {
    private NetworkTimeZone() {}

    public static ZoneOffset guess(Collection<Node> nodes) {
        double x = 0;
        double y = 0;
        for (Node n : nodes) {
            double lon = Math.toRadians(n.location().lon());
            x += Math.cos(lon);
            y += Math.sin(lon);
        }
        if (nodes.isEmpty() || (x == 0 && y == 0)) {
            return ZoneOffset.UTC;
        }
        // the circular mean, so that sites on both sides of the date line do not average to Greenwich
        double meanLon = Math.toDegrees(Math.atan2(y, x));
        int hours = (int) Math.round(meanLon / 15);
        return ZoneOffset.ofHours(Math.max(-12, Math.min(14, hours)));
    }
}
