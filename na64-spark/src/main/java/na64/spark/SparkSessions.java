package na64.spark;

import org.apache.spark.sql.SparkSession;

/** The Spark sessions of na64: the settings every study needs, whatever the master. */
public final class SparkSessions {
    private SparkSessions() {
    }

    /**
     * A session on {@code master} (local[2], spark://host:7077, yarn, k8s://...). Under
     * spark-submit the session it configured is returned ({@code getOrCreate}).
     */
    public static SparkSession create(String master) {
        SparkSession.Builder b = SparkSession.builder()
                .appName("na64")
                .master(master)
                // the studies are batch jobs: no web UI to bind a port for
                .config("spark.ui.enabled", "false")
                // the selections aggregate to a few rows: a few shuffle partitions suffice
                .config("spark.sql.shuffle.partitions", "4");
        if (master.startsWith("local")) {
            // a loopback driver: a machine without a resolvable host name still runs local mode
            b = b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        }
        return b.getOrCreate();
    }
}
