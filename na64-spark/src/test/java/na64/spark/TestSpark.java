package na64.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One local Spark session for all tests of the module (starting one takes seconds): two
 * executor threads, each task allowed two attempts (so that a test can fail a task once), no UI.
 */
final class TestSpark {
    private static SparkSession session;

    private TestSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSessions.create("local[2,2]");
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }
}
