#version 450
#extension GL_GOOGLE_include_directive : require
#include "frame.glsl"

layout(location = 0) in vec2 vNdc;
layout(location = 1) flat in vec4 vFirstRadius;
layout(location = 2) flat in vec3 vSecond;
layout(location = 3) flat in vec3 vColourA;
layout(location = 4) flat in vec3 vColourB;

layout(location = 0) out vec4 outColour;

void main() {
    vec3 d = normalize(vec3(vNdc.x / frame.projection.x, vNdc.y / frame.projection.y, -1.0));
    vec3 a = vFirstRadius.xyz;
    float r = vFirstRadius.w;
    vec3 axis = vSecond - a;
    float len = length(axis);
    vec3 u = axis / len;
    vec3 m = -a;                                  // eye relative to the first end
    vec3 dw = d - dot(d, u) * u;
    vec3 mw = m - dot(m, u) * u;
    float qa = dot(dw, dw);
    float qb = 2.0 * dot(dw, mw);
    float qc = dot(mw, mw) - r * r;
    if (qa < 1e-12) {
        discard;                                  // looking straight down the axis: the sphere covers it
    }
    float tClosest = -qb / (2.0 * qa);
    float miss = sqrt(max(qc + r * r - qb * qb / (4.0 * qa), 0.0));
    float pixelSize = max(tClosest, frame.projection.z) / frame.background.w;
    float coverage = clamp((r - miss) / pixelSize + 0.5, 0.0, 1.0);
    if (coverage <= 0.0) {
        discard;
    }
    float disc = qb * qb - 4.0 * qa * qc;
    float t = disc > 0.0 ? (-qb - sqrt(disc)) / (2.0 * qa) : tClosest;
    vec3 hit = d * t;
    float along = dot(hit - a, u);
    if (along < 0.0 || along > len) {
        discard;
    }
    vec3 radial = (hit - a) - along * u;
    vec3 n = normalize(radial);
    gl_FragDepth = depthOf(hit.z);
    outColour = vec4(shade(hit, n, along < 0.5 * len ? vColourA : vColourB), coverage);
}
