package dev.niche.lld.elevator;

/** Naive: the scheduling modes the controller knows. It plans each of them itself. */
enum Mode implements Scheduler {
    LOOK;

    @Override
    public Move next(int car, Snapshot snapshot) {
        throw new IllegalStateException("the controller plans " + this + " itself");
    }
}
