package na64.sim.spectrometer;

import java.util.Arrays;
import na64.sim.beam.Track;
import na64.physics.ParticleType;

/**
 * Photons created along the beam line (bremsstrahlung and synchrotron radiation, ~40 per
 * electron), kept as arrays rather than objects: id, energy [GeV], position [cm], slopes, time [ns].
 */
public final class PhotonBuffer {
    private int size;
    private int[] id = new int[64];
    private double[] energy = new double[64];
    private double[] x = new double[64];
    private double[] y = new double[64];
    private double[] z = new double[64];
    private double[] tx = new double[64];
    private double[] ty = new double[64];
    private double[] time = new double[64];

    void add(int photonId, double e, double px, double py, double pz, double sx, double sy, double t) {
        if (size == id.length) {
            int n = 2 * size;
            id = Arrays.copyOf(id, n);
            energy = Arrays.copyOf(energy, n);
            x = Arrays.copyOf(x, n);
            y = Arrays.copyOf(y, n);
            z = Arrays.copyOf(z, n);
            tx = Arrays.copyOf(tx, n);
            ty = Arrays.copyOf(ty, n);
            time = Arrays.copyOf(time, n);
        }
        id[size] = photonId;
        energy[size] = e;
        x[size] = px;
        y[size] = py;
        z[size] = pz;
        tx[size] = sx;
        ty[size] = sy;
        time[size] = t;
        size++;
    }

    void clear() {
        size = 0;
    }

    public int size() {
        return size;
    }

    public double energy(int i) {
        return energy[i];
    }

    /** Loads photon i into a reusable track (so that the transport can move it). */
    public void load(int i, Track t) {
        t.type = ParticleType.PHOTON;
        t.mass = 0;
        t.energy = energy[i];
        t.x = x[i];
        t.y = y[i];
        t.z = z[i];
        t.tx = tx[i];
        t.ty = ty[i];
        t.time = time[i];
        t.id = id[i];
        t.alive = true;
    }
}
