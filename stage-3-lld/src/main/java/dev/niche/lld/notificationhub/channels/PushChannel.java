package dev.niche.lld.notificationhub.channels;

/** Given code, do not change it: a fake push channel. Addresses are device tokens like {@code device-7f3a}. */
public final class PushChannel extends FakeChannel {
    @Override
    protected boolean accepts(String address) {
        return address.matches("device-[0-9a-z]+");
    }
}
