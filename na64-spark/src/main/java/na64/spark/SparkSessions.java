package na64.spark;

import org.apache.spark.sql.SparkSession;

/** The Spark sessions of na64: the settings every study needs, whatever the master. */
public final class SparkSessions {
    private SparkSessions() {
    }

    /** The master when none is given: spark-submit's (it sets spark.master), else every core of this machine. */
    public static String defaultMaster() {
        return System.getProperty("spark.master", "local[*]");
    }

    /**
     * A session on {@code master} (local[2], spark://host:7077, yarn, k8s://...; null: {@link
     * #defaultMaster()}). Under spark-submit the session it configured is returned ({@code getOrCreate}).
     */
    public static SparkSession create(String master) {
        if (master == null) {
            master = defaultMaster();
        }
        SparkSession.Builder b = SparkSession.builder()
                .appName("na64")
                .master(master)
                // the studies are batch jobs: no web UI to bind a port for
                .config("spark.ui.enabled", "false")
                // the selections aggregate to a few rows: a few shuffle partitions suffice
                .config("spark.sql.shuffle.partitions", "4")
                // a cut flow has some 60 result columns: plans that long are printed without a warning
                .config("spark.sql.debug.maxToStringFields", "1000");
        if (master.startsWith("local")) {
            // a loopback driver: a machine without a resolvable host name still runs local mode
            b = b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        }
        SparkSession session = b.getOrCreate();
        if (System.getProperty("log4j2.configurationFile") == null) {
            // Spark's default INFO logging buries na64's one line per stage; a user's log4j2 file still wins
            session.sparkContext().setLogLevel("WARN");
        }
        return session;
    }
}
