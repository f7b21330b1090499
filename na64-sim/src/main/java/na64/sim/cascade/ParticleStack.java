package na64.sim.cascade;

import java.util.Arrays;
import na64.physics.ParticleType;

/**
 * The particles waiting to be followed in one event, last in first out, stored as parallel
 * arrays (no object per particle). One instance per thread, reused event after event.
 * Energies are total energies [GeV], positions [cm], directions unit vectors; {@code mass} is kept
 * per particle for the dark boson, whose mass is the model's.
 */
public final class ParticleStack {
    private int size;
    private int nextId;
    private int[] id = new int[64];
    private ParticleType[] type = new ParticleType[64];
    private double[] energy = new double[64];
    private double[] mass = new double[64];
    private double[] x = new double[64];
    private double[] y = new double[64];
    private double[] z = new double[64];
    private double[] ux = new double[64];
    private double[] uy = new double[64];
    private double[] uz = new double[64];

    /** The particle most recently popped (valid until the next pop). */
    public int popId;
    public ParticleType popType;
    public double popEnergy;
    public double popMass;
    public double popX;
    public double popY;
    public double popZ;
    public double popUx;
    public double popUy;
    public double popUz;

    /** Empties the stack for a new event; particle ids start again at 0 (the first one pushed). */
    public void clear() {
        size = 0;
        nextId = 0;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    /** Pushes a particle with its type's mass. */
    public void push(ParticleType t, double e, double px, double py, double pz, double dx, double dy, double dz) {
        push(t, e, t.mass(), px, py, pz, dx, dy, dz);
    }

    public void push(ParticleType t, double e, double m, double px, double py, double pz, double dx, double dy, double dz) {
        if (size == type.length) {
            grow();
        }
        id[size] = nextId++;
        type[size] = t;
        energy[size] = e;
        mass[size] = m;
        x[size] = px;
        y[size] = py;
        z[size] = pz;
        ux[size] = dx;
        uy[size] = dy;
        uz[size] = dz;
        size++;
    }

    /** Removes the top particle into the {@code pop*} fields. */
    public void pop() {
        size--;
        popId = id[size];
        popType = type[size];
        popEnergy = energy[size];
        popMass = mass[size];
        popX = x[size];
        popY = y[size];
        popZ = z[size];
        popUx = ux[size];
        popUy = uy[size];
        popUz = uz[size];
        type[size] = null;
    }

    private void grow() {
        int n = 2 * type.length;
        id = Arrays.copyOf(id, n);
        type = Arrays.copyOf(type, n);
        energy = Arrays.copyOf(energy, n);
        mass = Arrays.copyOf(mass, n);
        x = Arrays.copyOf(x, n);
        y = Arrays.copyOf(y, n);
        z = Arrays.copyOf(z, n);
        ux = Arrays.copyOf(ux, n);
        uy = Arrays.copyOf(uy, n);
        uz = Arrays.copyOf(uz, n);
    }
}
