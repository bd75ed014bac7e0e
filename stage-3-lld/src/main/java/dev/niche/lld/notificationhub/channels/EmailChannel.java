package dev.niche.lld.notificationhub.channels;

/** Given code, do not change it: a fake email channel. Addresses look like {@code ada@example.org}. */
public final class EmailChannel extends FakeChannel {
    @Override
    protected boolean accepts(String address) {
        return address.matches("[^@\\s]+@[^@\\s]+");
    }
}
