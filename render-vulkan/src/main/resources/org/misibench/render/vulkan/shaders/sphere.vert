#version 450
#extension GL_GOOGLE_include_directive : require
#include "frame.glsl"

// One instance per sphere: a quad in front of the sphere, facing the view axis, large enough to
// cover its perspective silhouette; the fragment shader ray-casts the exact surface.
layout(location = 0) in vec4 inCentreRadius;   // scene xyz, radius
layout(location = 1) in vec4 inColour;         // R8G8B8A8_UNORM

layout(location = 0) out vec3 vRayPoint;        // view-space point on the quad (the ray's direction)
layout(location = 1) flat out vec4 vCentreRadius; // view-space centre, radius
layout(location = 2) flat out vec3 vColour;

const vec2 CORNERS[6] = vec2[](vec2(-1, -1), vec2(1, -1), vec2(1, 1), vec2(-1, -1), vec2(1, 1), vec2(-1, 1));

void main() {
    vec3 c = (frame.view * vec4(inCentreRadius.xyz, 1.0)).xyz;
    float r = inCentreRadius.w;
    float distance = length(c);
    // the quad's plane sits at the sphere's front; its centre on the eye-to-centre line
    float planeZ = c.z + r;
    vec3 quadCentre = c * (planeZ / c.z);
    // silhouette cone radius at that depth, with margin for off-axis stretching and the AA ramp
    float halfSize = 1.25 * r * (-planeZ) / sqrt(max(distance * distance - r * r, 1e-6))
                   + 2.0 * (-planeZ) / frame.background.w;
    vec3 p = quadCentre + vec3(CORNERS[gl_VertexIndex] * halfSize, 0.0);
    gl_Position = clipOf(p);
    vRayPoint = p;
    vCentreRadius = vec4(c, r);
    vColour = inColour.rgb;
}
