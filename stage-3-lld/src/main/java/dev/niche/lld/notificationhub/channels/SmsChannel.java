package dev.niche.lld.notificationhub.channels;

/** Given code, do not change it: a fake SMS channel. Addresses are phone numbers like {@code +4915112345678}. */
public final class SmsChannel extends FakeChannel {
    @Override
    protected boolean accepts(String address) {
        return address.matches("\\+[0-9]{7,15}");
    }
}
