package io.kubetutor.ui.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LayerCachePolicyTest {
    private static final Rect TEN_NODES = new Rect(0, 0, 2400, 1400);

    @Test
    void aStillDrawingAtAFittingZoomIsCachedAsOnePicture() {
        assertEquals(new LayerCachePolicy(true, true), LayerCachePolicy.of(0.5, TEN_NODES, 0));
    }

    @Test
    void aFadeOrSlideTurnsTheWholePictureCacheOffButKeepsTheLayers() {
        assertEquals(new LayerCachePolicy(true, false), LayerCachePolicy.of(0.5, TEN_NODES, 2));
    }

    @Test
    void zoomingFarInDropsEveryWholeLayerBitmapSoMemoryStaysBounded() {
        assertEquals(new LayerCachePolicy(false, false), LayerCachePolicy.of(4, TEN_NODES, 0));
    }

    @Test
    void theLimitIsAScreenfulOfPixels() {
        Rect screen = new Rect(0, 0, 2560, 1600);
        assertEquals(new LayerCachePolicy(true, true), LayerCachePolicy.of(1, screen, 0));
        assertEquals(new LayerCachePolicy(false, false), LayerCachePolicy.of(1.01, screen, 0));
    }
}
