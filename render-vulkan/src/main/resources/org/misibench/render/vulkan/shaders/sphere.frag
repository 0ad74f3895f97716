#version 450
#extension GL_GOOGLE_include_directive : require
#include "frame.glsl"

layout(location = 0) in vec3 vRayPoint;
layout(location = 1) flat in vec4 vCentreRadius;
layout(location = 2) flat in vec3 vColour;

layout(location = 0) out vec4 outColour;

void main() {
    vec3 dir = normalize(vRayPoint);
    vec3 c = vCentreRadius.xyz;
    float r = vCentreRadius.w;
    float along = dot(c, dir);                    // distance along the ray to the closest approach
    vec3 closest = dir * along;
    float miss = length(c - closest);             // how far the ray passes from the centre
    // coverage for alpha-to-coverage: a one-pixel ramp across the silhouette
    float pixelSize = along / frame.background.w; // scene units per pixel at that depth
    float coverage = clamp((r - miss) / pixelSize + 0.5, 0.0, 1.0);
    if (coverage <= 0.0) {
        discard;
    }
    float h = sqrt(max(r * r - miss * miss, 0.0));
    vec3 hit = dir * (along - h);
    vec3 n = normalize(hit - c);
    gl_FragDepth = depthOf(hit.z);
    outColour = vec4(shade(hit, n, vColour), coverage);
}
