package io.kubetutor.ui.panels.model;

import io.kubetutor.sim.net.HostPort;

/** A packet's source and destination before and after one hop, so the rewritten half can be highlighted. */
public record PacketChange(HostPort beforeSrc, HostPort beforeDst, HostPort afterSrc, HostPort afterDst) {
    public boolean srcChanged() {
        return !beforeSrc.equals(afterSrc);
    }

    public boolean dstChanged() {
        return !beforeDst.equals(afterDst);
    }
}
